using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A per-unit rule: a positive rate and an optional cap, both within the item's points.</summary>
internal sealed class PerUnitRuleValidator : AbstractValidator<RuleDocument>
{
    public PerUnitRuleValidator(string itemId, decimal itemPoints)
    {
        RuleValidator.RateCapAndUnit(this, "per-unit", itemId, itemPoints);
    }
}
