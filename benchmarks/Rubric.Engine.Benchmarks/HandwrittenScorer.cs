using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// The baseline: what a developer would write by hand instead of using the library. A struct array
/// of item definitions typed in (not derived from the engine's model, so the correctness check
/// is a real cross-check), one switch on the kind, decimal arithmetic, and a flat result. It reads
/// the same <see cref="Assessment"/> objects the engine does, so the comparison is of scoring
/// only. It does no validation beyond reading each value with the right type, and throws on bad
/// input instead of reporting it.
/// </summary>
public sealed class HandwrittenScorer
{
    private readonly ItemDefinition[] _items;
    private readonly int[] _stageEnd;
    private readonly int[] _taskStageEnd;

    public HandwrittenScorer()
    {
        var items = new List<ItemDefinition>(36);
        for (var t = 1; t <= 2; t++)
        {
            var p = "t" + t + ".";
            items.Add(ItemDefinition.Flat(p + "1", 1m));
            items.Add(ItemDefinition.Flat(p + "2", 1m));
            items.Add(ItemDefinition.Flat(p + "3", 1m));
            items.Add(ItemDefinition.AnyOf(p + "4", 1m, "slogan", "noticeboard"));
            items.Add(ItemDefinition.Flat(p + "5", 1m));
            items.Add(t == 1 ? ItemDefinition.Flat(p + "6", 1m) : ItemDefinition.Tiered(p + "6", 1m, ["onTime", "late", "missing"], [0m, 0.5m, 1m]));
            items.Add(ItemDefinition.PerUnit(p + "7", 2m, 0.5m));
            items.Add(ItemDefinition.Flat(p + "8", 1m));
            items.Add(ItemDefinition.PerUnit(p + "9", 2m, 0.2m));
            items.Add(ItemDefinition.PerUnit(p + "10", 2m, 0.2m));
            items.Add(ItemDefinition.PerUnit(p + "11", 1m, 0.2m));
            items.Add(ItemDefinition.PerUnit(p + "12", 2m, 0.5m));
            items.Add(ItemDefinition.Shortfall(p + "13", 1m, 20, 0.2m));
            items.Add(ItemDefinition.Shortfall(p + "14", 2m, 20, 0.4m));
            items.Add(ItemDefinition.Flat(p + "15", 1m));
            items.Add(ItemDefinition.Judged(p + "16", 2m));
            items.Add(ItemDefinition.Judged(p + "17", 2m));
            items.Add(ItemDefinition.Judged(p + "18", 1m));
        }

        _items = [.. items];
        _stageEnd = [5, 15, 18, 23, 33, 36];
        _taskStageEnd = [3, 6];
    }

    /// <summary>Items, then stages, then tasks, then the total, in one array per column.</summary>
    public int Length => _items.Length + _stageEnd.Length + _taskStageEnd.Length + 1;

    public int ItemCount => _items.Length;

    public int StageCount => _stageEnd.Length;

    public int TaskCount => _taskStageEnd.Length;

    public HandwrittenScorecard Score(Assessment assessment)
    {
        var self = assessment.Column(ScoreSide.Self);
        var assessor = assessment.Column(ScoreSide.Assessor);
        return new HandwrittenScorecard(
            assessment.UnitId,
            self is null ? null : ScoreColumn(self),
            assessor is null ? null : ScoreColumn(assessor));
    }

    private decimal[] ScoreColumn(IReadOnlyDictionary<string, Observation> column)
    {
        var items = _items;
        var scores = new decimal[Length];
        for (var i = 0; i < items.Length; i++)
        {
            ref readonly var d = ref items[i];
            var o = column[d.Id];
            decimal loss;
            switch (d.Kind)
            {
                case ItemKind.Flat:
                    loss = Bool(o, "met") ? 0m : d.Loss;
                    break;
                case ItemKind.AnyOf:
                    loss = Bool(o, d.Keys[0]) && Bool(o, d.Keys[1]) ? 0m : d.Loss;
                    break;
                case ItemKind.PerUnit:
                    if (o.TryGetValue("noneDone", out var nd) && nd.TryGetBoolean(out var none) && none)
                    {
                        loss = d.Points;
                    }
                    else
                    {
                        loss = Math.Min(Number(o, "missing") * d.Rate, d.Points);
                    }

                    break;
                case ItemKind.Shortfall:
                    if (o.TryGetValue("noneDone", out var nd2) && nd2.TryGetBoolean(out var none2) && none2)
                    {
                        loss = d.Points;
                    }
                    else
                    {
                        var achieved = Number(o, "achieved");
                        loss = achieved == 0m ? d.Points : achieved >= d.Target ? 0m : Math.Min((d.Target - achieved) * d.Rate, d.Points);
                    }

                    break;
                case ItemKind.Tiered:
                    o.TryGetValue("level", out var lv);
                    lv.TryGetString(out var level);
                    loss = d.Levels[Array.IndexOf(d.Keys, level)];
                    break;
                default:
                    loss = d.Points - Number(o, "awarded");
                    break;
            }

            scores[i] = d.Points - loss;
        }

        SumLevels(scores, items.Length, _stageEnd, _taskStageEnd);
        return scores;
    }

    /// <summary>
    /// Stages, tasks and total from the level below, after the items in <paramref name="scores"/>
    /// (the layout every scorer here compares in); nothing is ever negative here.
    /// </summary>
    internal static void SumLevels(decimal[] scores, int n, int[] stageEnd, int[] taskStageEnd)
    {
        var start = 0;
        for (var s = 0; s < stageEnd.Length; s++)
        {
            var sum = 0m;
            for (var i = start; i < stageEnd[s]; i++)
            {
                sum += scores[i];
            }

            scores[n + s] = sum;
            start = stageEnd[s];
        }

        var tasksAt = n + stageEnd.Length;
        var total = 0m;
        start = 0;
        for (var t = 0; t < taskStageEnd.Length; t++)
        {
            var sum = 0m;
            for (var s = start; s < taskStageEnd[t]; s++)
            {
                sum += scores[n + s];
            }

            scores[tasksAt + t] = sum;
            total += sum;
            start = taskStageEnd[t];
        }

        scores[^1] = total;
    }

    internal static bool Bool(Observation o, string key) =>
        o.TryGetValue(key, out var v) && v.TryGetBoolean(out var b) ? b : throw new FormatException(key);

    internal static decimal Number(Observation o, string key) =>
        o.TryGetValue(key, out var v) && v.TryGetDecimal(out var d) ? d : throw new FormatException(key);

    private enum ItemKind : byte
    {
        Flat,
        AnyOf,
        PerUnit,
        Shortfall,
        Tiered,
        Judged,
    }

    private readonly struct ItemDefinition
    {
        private ItemDefinition(string id, ItemKind kind, decimal points, decimal loss, decimal rate, int target, string[] keys, decimal[] levels)
        {
            Id = id;
            Kind = kind;
            Points = points;
            Loss = loss;
            Rate = rate;
            Target = target;
            Keys = keys;
            Levels = levels;
        }

        public string Id { get; }

        public ItemKind Kind { get; }

        public decimal Points { get; }

        public decimal Loss { get; }

        public decimal Rate { get; }

        public int Target { get; }

        public string[] Keys { get; }

        public decimal[] Levels { get; }

        public static ItemDefinition Flat(string id, decimal points) => new(id, ItemKind.Flat, points, points, 0m, 0, [], []);

        public static ItemDefinition AnyOf(string id, decimal points, string a, string b) => new(id, ItemKind.AnyOf, points, points, 0m, 0, [a, b], []);

        public static ItemDefinition PerUnit(string id, decimal points, decimal rate) => new(id, ItemKind.PerUnit, points, 0m, rate, 0, [], []);

        public static ItemDefinition Shortfall(string id, decimal points, int target, decimal rate) => new(id, ItemKind.Shortfall, points, 0m, rate, target, [], []);

        public static ItemDefinition Tiered(string id, decimal points, string[] levels, decimal[] losses) => new(id, ItemKind.Tiered, points, 0m, 0m, 0, levels, losses);

        public static ItemDefinition Judged(string id, decimal points) => new(id, ItemKind.Judged, points, 0m, 0m, 0, [], []);
    }
}
