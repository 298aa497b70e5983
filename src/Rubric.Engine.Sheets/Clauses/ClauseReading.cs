namespace Rubric.Engine.Sheets;

/// <summary>
/// What an item's text says about how it is scored: the rule, the evidence it is checked on, the
/// methods of the plan (听看查问评), and, when the rule could not be read with certainty, why: the
/// item is then judged and needs its author's review.
/// </summary>
internal sealed record ClauseReading(RuleDraft Rule, IReadOnlyList<string> Evidence, IReadOnlyList<string> Methods, ClauseFinding? Finding)
{
    public bool NeedsReview => Finding is not null;
}
