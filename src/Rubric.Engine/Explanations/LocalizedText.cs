namespace Rubric.Engine;

/// <summary>A sentence in both explanation languages.</summary>
public sealed class LocalizedText
{
    /// <summary>Creates the text.</summary>
    /// <param name="english">The English sentence.</param>
    /// <param name="chinese">The Chinese sentence.</param>
    public LocalizedText(string english, string chinese)
    {
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(chinese);
        English = english;
        Chinese = chinese;
    }

    /// <summary>The English sentence.</summary>
    public string English { get; }

    /// <summary>The Chinese sentence.</summary>
    public string Chinese { get; }

    /// <summary>The sentence in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Get(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? Chinese : English;

    /// <inheritdoc/>
    public override string ToString() => English;
}
