namespace Rubric.Engine.Sheets;

/// <summary>
/// The outcome of reading a scoring sheet: the rubric (as the loaded model and as the JSON to
/// save) when nothing was an error, every diagnostic located at its sheet row, and the items
/// written as judged because their clause needs the author's review.
/// </summary>
public sealed class RubricSheetImport
{
    internal RubricSheetImport(RubricDefinition? rubric, string? json, IReadOnlyList<Schema.Diagnostic> diagnostics, IReadOnlyList<string> itemsToReview)
    {
        Rubric = rubric;
        Json = rubric is null ? null : json;
        Diagnostics = diagnostics;
        ItemsToReview = itemsToReview;
    }

    /// <summary>The rubric, when <see cref="Succeeded"/>; it has passed the same validation as a rubric file.</summary>
    public RubricDefinition? Rubric { get; }

    /// <summary>The rubric file's text (format version 1, UTF-8 JSON), when <see cref="Succeeded"/>.</summary>
    public string? Json { get; }

    /// <summary>Every problem found, errors and warnings, in sheet order; each names the sheet row.</summary>
    public IReadOnlyList<Schema.Diagnostic> Diagnostics { get; }

    /// <summary>The ids of the items written as judged because their clause was not recognised with certainty.</summary>
    public IReadOnlyList<string> ItemsToReview { get; }

    /// <summary>Whether the sheet was read into a rubric (it may have warnings).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Rubric), nameof(Json))]
    public bool Succeeded => Rubric is not null;
}
