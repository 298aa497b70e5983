namespace Rubric.Engine;

/// <summary>One named level of a <see cref="TieredRule"/> and the points it loses (按时 0, 迟交 1, 未交 2).</summary>
public sealed class RuleLevel
{
    /// <summary>Creates a level.</summary>
    /// <param name="id">The id an observation uses for it.</param>
    /// <param name="text">What it means, verbatim.</param>
    /// <param name="loss">The points lost at this level; zero or more.</param>
    /// <param name="englishText">What it means in English, for English explanations; <see langword="null"/> to show <paramref name="text"/>.</param>
    /// <exception cref="ArgumentException">The id or the English text is blank, or the loss is negative.</exception>
    public RuleLevel(string id, string text, decimal loss, string? englishText = null)
    {
        Id = Guard.Id(id, nameof(id));
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Loss = Guard.NotNegative(loss, nameof(loss));
        EnglishText = Guard.OptionalText(englishText, nameof(englishText));
    }

    /// <summary>The id an observation uses for it.</summary>
    public string Id { get; }

    /// <summary>What it means, verbatim.</summary>
    public string Text { get; }

    /// <summary>What it means in English, or <see langword="null"/> when the sheet gives only <see cref="Text"/>.</summary>
    public string? EnglishText { get; }

    /// <summary>The points lost at this level.</summary>
    public decimal Loss { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
