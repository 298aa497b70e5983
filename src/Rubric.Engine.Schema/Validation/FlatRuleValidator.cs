using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A flat rule: its optional loss lies within the item's points.</summary>
internal sealed class FlatRuleValidator : AbstractValidator<RuleDocument>
{
    public FlatRuleValidator(string itemId, decimal itemPoints)
    {
        RuleValidator.PositiveWithinPoints(this, x => x.Loss, "loss", itemId, itemPoints);
    }
}
