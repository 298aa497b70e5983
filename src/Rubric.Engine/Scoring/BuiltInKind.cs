namespace Rubric.Engine;

/// <summary>
/// Which built-in rule kind a compiled item uses with its stock evaluator, so the plan can apply
/// it inline; <see cref="None"/> sends the item through its <see cref="IRuleEvaluator"/>.
/// </summary>
internal enum BuiltInKind : byte
{
    None,
    Flat,
    AnyOf,
    PerUnit,
    Shortfall,
    Tiered,
    Judged,
}
