namespace Rubric.Engine.Sheets;

/// <summary>How a scoring sheet is read into a rubric.</summary>
public sealed class RubricSheetImportOptions
{
    /// <summary>The defaults: warnings stay warnings, the id comes from the file name.</summary>
    public static RubricSheetImportOptions Default { get; } = new();

    /// <summary>
    /// Whether every warning is an error: a clause not recognised with certainty then stops the
    /// import instead of being written as a judged item to review.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The rubric's id (letters, digits, '.', '_' or '-'). When null it is made from the sheet's
    /// file name, or is <c>imported-rubric</c> when the name has no such characters.
    /// </summary>
    public string? RubricId { get; init; }
}
