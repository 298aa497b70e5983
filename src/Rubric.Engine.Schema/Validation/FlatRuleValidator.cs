using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A flat rule: its optional loss lies within the item's points.</summary>
internal sealed class FlatRuleValidator : AbstractValidator<ItemDocument>
{
    public FlatRuleValidator()
    {
        RuleValidator.PositiveWithinPoints(this, x => x.Rule.Loss, "loss");
    }
}
