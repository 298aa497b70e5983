namespace Rubric.Engine.Benchmarks;

/// <summary>The baseline's result: per column, item scores then stage, task and total scores in one array.</summary>
public sealed class HandwrittenScorecard(string unitId, decimal[]? self, decimal[]? assessor)
{
    public string UnitId { get; } = unitId;

    public decimal[]? Self { get; } = self;

    public decimal[]? Assessor { get; } = assessor;

    public decimal Score => (Assessor ?? Self)![^1];
}
