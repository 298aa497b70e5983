namespace Rubric.Engine;

/// <summary>One bar of a <see cref="ScoreDistribution"/>: the units whose score is at least <see cref="Lower"/> and below <see cref="Upper"/>.</summary>
/// <param name="Lower">The lowest score in the bin.</param>
/// <param name="Upper">The score the bin stops below; the bin that ends at the rubric's points also holds full marks.</param>
/// <param name="Count">How many units scored in the bin.</param>
public readonly record struct ScoreBin(decimal Lower, decimal Upper, int Count);
