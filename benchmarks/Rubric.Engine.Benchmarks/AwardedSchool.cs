namespace Rubric.Engine.Benchmarks;

/// <summary>One ranked school in the handwritten awards baseline.</summary>
public readonly record struct AwardedSchool(string Id, int Rank, bool Awarded);
