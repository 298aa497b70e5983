using Rubric.Cli.Inputs;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Scoring;

/// <summary>
/// Turns a <see cref="ScoringError"/> into a located <see cref="Diagnostic"/>: the JSON Pointer of
/// the bad value (<c>/assessor/t1.7/missing</c>), falling back to the observation, the column and
/// the record itself when the value is absent from the document.
/// </summary>
internal static class ScoringErrorLocator
{
    public static Diagnostic ToDiagnostic(ScoringError error, AssessmentRecord record)
    {
        var candidates = Pointers(error).ToArray();
        foreach (var pointer in candidates)
        {
            if (record.Locate(pointer) is { } position)
            {
                return new Diagnostic(DiagnosticSeverity.Error, error.CodeText, error.Message, record.Source, position.Line, position.Column, candidates[0]);
            }
        }

        return new Diagnostic(DiagnosticSeverity.Error, error.CodeText, error.Message, record.Source, record.Line, 1, candidates[0]);
    }

    /// <summary>The pointers to try, most precise first; the first is the one reported.</summary>
    public static IEnumerable<string> Pointers(ScoringError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Side is { } side)
        {
            var column = "/" + (side == ScoreSide.Self ? "self" : "assessor");
            if (error.ItemId is { } itemId)
            {
                var item = column + "/" + Escape(itemId);
                if (error.Key is { } key)
                {
                    yield return item + "/" + Escape(key);
                }

                yield return item;
            }

            yield return column;
        }
        else if (error.Code == ScoringErrorCode.RubricMismatch)
        {
            yield return "/rubric";
        }

        yield return string.Empty;
    }

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
