using Rubric.Engine;

namespace Rubric.Cli.Output;

/// <summary>Invariant renderings shared by every output format.</summary>
internal static class ScoreText
{
    public static string Points(decimal? value) => value is { } v ? PointsFormat.Format(v) : string.Empty;

    public static string Side(ScoreSide side) => side == ScoreSide.Self ? "self" : "assessor";

    public static string Round(AssessmentRound round) => round switch
    {
        AssessmentRound.SelfAssessment => "selfAssessment",
        AssessmentRound.Annual => "annual",
        _ => "unannounced",
    };

    public static string Language(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? "zh-CN" : "en";

    /// <summary>The sentences explaining every point the counting column lost: item deductions, then adjustments.</summary>
    public static IEnumerable<string> LostPoints(Scorecard scorecard, ExplanationLanguage language)
    {
        var side = scorecard.FinalSide;
        foreach (var deduction in scorecard.Deductions(side))
        {
            yield return deduction.Explain(language);
        }

        foreach (var adjustment in scorecard.Adjustments.Where(a => a.Side == side))
        {
            yield return adjustment.Reason.Get(language);
        }
    }

    public static string UnitLabel(Scorecard scorecard) =>
        scorecard.Assessment.UnitName is { Length: > 0 } name ? $"{scorecard.UnitId} {name}" : scorecard.UnitId;
}
