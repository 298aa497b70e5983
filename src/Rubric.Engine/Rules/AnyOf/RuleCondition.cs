namespace Rubric.Engine;

/// <summary>One condition of an <see cref="AnyOfRule"/>, such as "醒目标语" (an eye-catching slogan).</summary>
public sealed class RuleCondition
{
    /// <summary>Creates a condition.</summary>
    /// <param name="id">The id an observation uses for it.</param>
    /// <param name="text">What it requires, verbatim.</param>
    /// <param name="englishText">What it requires in English, for English explanations; <see langword="null"/> to show <paramref name="text"/>.</param>
    /// <exception cref="ArgumentException">The id is blank, contains a comma, or is <see cref="ObservationKeys.Score"/>; or the English text is blank.</exception>
    public RuleCondition(string id, string text, string? englishText = null)
    {
        Id = Guard.Id(id, nameof(id));

        // Failed conditions are listed comma-separated in Deduction.Detail; a comma in an id would be ambiguous there.
        if (id.Contains(',', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The condition id '{id}' contains a comma.", nameof(id));
        }

        // The id is an observation key, and observations keep that one for a score typed directly.
        if (id == ObservationKeys.Score)
        {
            throw new ArgumentException($"The condition id '{id}' is reserved for a score typed directly.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        EnglishText = Guard.OptionalText(englishText, nameof(englishText));
    }

    /// <summary>The id an observation uses for it.</summary>
    public string Id { get; }

    /// <summary>What it requires, verbatim.</summary>
    public string Text { get; }

    /// <summary>What it requires in English, or <see langword="null"/> when the sheet gives only <see cref="Text"/>.</summary>
    public string? EnglishText { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
