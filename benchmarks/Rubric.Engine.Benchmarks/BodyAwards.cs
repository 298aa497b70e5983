namespace Rubric.Engine.Benchmarks;

/// <summary>The handwritten baseline's answer for one assessing body: its rounded quota and its ranking, best first.</summary>
public sealed record BodyAwards(string BodyId, int Quota, AwardedSchool[] Ranking);
