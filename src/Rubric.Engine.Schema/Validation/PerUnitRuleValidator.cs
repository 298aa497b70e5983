using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A per-unit rule: a rate, an optional cap, both within the item's points, and a unit that is not blank.</summary>
internal sealed class PerUnitRuleValidator : AbstractValidator<ItemDocument>
{
    public PerUnitRuleValidator()
    {
        RuleValidator.RateCapAndUnit(this, "per-unit");
    }
}
