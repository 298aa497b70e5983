namespace Rubric.Engine;

/// <summary>The languages explanations are rendered in.</summary>
public enum ExplanationLanguage
{
    /// <summary>English (<c>en</c>).</summary>
    English,

    /// <summary>Simplified Chinese (<c>zh-CN</c>), the language of the sheet.</summary>
    Chinese,
}
