using System.Globalization;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// The Panlong seed rubric (seeds/panlong.rubric.json), its plan (seeds/panlong.plan.json, with the award policies) and seeded random
/// valid assessments for it, both columns filled. Values are drawn from each item's rule, so every
/// assessment scores; totals fall on tenths of a point, so many schools share a score and awards
/// meet ties at the cut-off.
/// </summary>
public static class SeedAssessments
{
    public static RubricDefinition LoadRubric()
    {
        var loaded = new RubricLoader().LoadRubric(Repository.File("seeds", "panlong.rubric.json"));
        return loaded.Succeeded
            ? loaded.Value!
            : throw new InvalidOperationException("The seed rubric does not load: " + string.Join("; ", loaded.Diagnostics.Select(static d => d.ToString())));
    }

    public static AssessmentPlan LoadPlan()
    {
        var loaded = new RubricLoader().LoadPlan(Repository.File("seeds", "panlong.plan.json"));
        return loaded.Succeeded
            ? loaded.Value!
            : throw new InvalidOperationException("The seed plan does not load: " + string.Join("; ", loaded.Diagnostics.Select(static d => d.ToString())));
    }

    /// <summary>The school for the n-th assessment: <c>school-00001</c> onwards.</summary>
    public static string SchoolId(int n) => "school-" + (n + 1).ToString("D5", CultureInfo.InvariantCulture);

    public static Assessment[] Generate(RubricDefinition rubric, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var random = new Random(seed);
        var result = new Assessment[count];
        for (var n = 0; n < count; n++)
        {
            result[n] = new Assessment(SchoolId(n), AssessmentRound.Annual, Column(rubric, random, 0.9), Column(rubric, random, 0.8))
            {
                RubricId = rubric.Id,
            };
        }

        return result;
    }

    private static Observation[] Column(RubricDefinition rubric, Random random, double good)
    {
        var column = new Observation[rubric.Items.Count];
        for (var i = 0; i < column.Length; i++)
        {
            var item = rubric.Items[i];
            column[i] = item.Rule switch
            {
                FlatRule => Observation.Met(item.Id, random.NextDouble() < good),
                AnyOfRule r => Observation.Conditions(item.Id, [.. r.Conditions.Select(c => (c.Id, random.NextDouble() < good))]),
                PerUnitRule => random.NextDouble() < 0.03
                    ? Observation.NoneDone(item.Id)
                    : Observation.Missing(item.Id, random.NextDouble() < good ? 0 : random.Next(1, 6)),
                ShortfallRule r => Observation.Achieved(item.Id, random.NextDouble() < good ? random.Next(r.Target, r.Target + 10) : random.Next(1, r.Target)),
                TieredRule r => Observation.Level(item.Id, random.NextDouble() < good ? r.Levels[0].Id : r.Levels[random.Next(1, r.Levels.Count)].Id),
                JudgedRule r => Observation.Awarded(item.Id, Judged(random, item.Points, r.Step ?? 0.5m, good)),
                _ => throw new InvalidOperationException("Unexpected rule kind " + item.Rule.Kind),
            };
        }

        return column;
    }

    private static decimal Judged(Random random, decimal points, decimal step, double good) =>
        random.NextDouble() < good ? points : random.Next(0, (int)(points / step) + 1) * step;
}
