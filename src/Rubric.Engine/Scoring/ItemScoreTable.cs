using System.Runtime.CompilerServices;

namespace Rubric.Engine;

/// <summary>
/// An item's score for the observations it usually gets, worked out once when the plan is compiled
/// by the same <see cref="InlineRules"/> code that scores it otherwise, so scoring a column reads a
/// table instead of doing decimal arithmetic. It reads the observation exactly as the inline rule
/// does; anything the table does not cover (an odd value, a count past the table) returns
/// <see langword="false"/> and the item goes the usual way. It yields only the score, so the plan
/// uses it only when no pipeline step needs a column's deductions while it is scored.
/// </summary>
internal sealed class ItemScoreTable
{
    /// <summary>The most counts a per-unit or shortfall table holds; one for each count up to where the loss stops growing.</summary>
    internal const int MaxCounts = 64;

    // Powers of ten up to 10^9: a judged value of up to 2^32 units scaled by them stays below 2^63.
    private static readonly ulong[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    private readonly BuiltInKind _kind;
    private readonly Entry _points;

    // Flat and any-of: the score when the item loses. Per-unit and shortfall: the score when nothing was done.
    private readonly Entry _lost;
    private readonly bool _noneDoneLosesAll;

    // Per-unit: the score by count missing, then one score for every count from _saturatedFrom on.
    // Shortfall: the score by count achieved below the target.
    private readonly Entry[] _byCount = [];
    private readonly int _saturatedFrom = int.MaxValue;
    private readonly Entry _saturated;
    private readonly int _target;

    // Any-of: the condition ids. Tiered: the level ids, with _levelScores beside them.
    private readonly string[] _ids = [];
    private readonly Entry[] _levelScores = [];

    // Judged: the points and the step as whole units at their own scale (_stepUnits 0 when there is no step).
    private readonly ulong _pointsUnits;
    private readonly int _pointsScale;
    private readonly ulong _stepUnits;
    private readonly int _stepScale;

    private ItemScoreTable(Item item, BuiltInKind kind)
    {
        _kind = kind;
        _points = new(item.Points);
        switch (item.Rule)
        {
            case FlatRule flat when kind == BuiltInKind.Flat:
                _lost = new(item.Points - InlineRules.FlatLost(flat, item).Loss);
                break;

            case AnyOfRule anyOf when kind == BuiltInKind.AnyOf:
                _lost = new(item.Points - InlineRules.AnyOfLoss(anyOf, item));
                _ids = [.. anyOf.Conditions.Select(static c => c.Id)];
                break;

            case PerUnitRule perUnit when kind == BuiltInKind.PerUnit:
                _noneDoneLosesAll = perUnit.NoneDoneLosesAll;
                _lost = new(item.Points - InlineRules.NoneDoneLost(item).Loss);
                (_byCount, _saturatedFrom, _saturated) = PerUnitScores(perUnit, item);
                break;

            case ShortfallRule shortfall when kind == BuiltInKind.Shortfall:
                _noneDoneLosesAll = shortfall.NoneDoneLosesAll;
                _lost = new(item.Points - InlineRules.NoneDoneLost(item).Loss);
                _target = shortfall.Target;
                _byCount = new Entry[Math.Min(shortfall.Target, MaxCounts)];
                for (var achieved = 0; achieved < _byCount.Length; achieved++)
                {
                    _byCount[achieved] = new(Score(item, InlineRules.ShortfallCount(shortfall, item, achieved, out var outcome), outcome));
                }

                break;

            case TieredRule tiered when kind == BuiltInKind.Tiered:
                _ids = [.. tiered.Levels.Select(static l => l.Id)];
                _levelScores = [.. tiered.Levels.Select(l => new Entry(Score(item, InlineRules.TieredLevel(l, out var outcome), outcome)))];
                break;

            case JudgedRule judged when kind == BuiltInKind.Judged:
                // Points or a step too fine for whole units at scale 9 leave every value to the inline rule.
                if (!TryUnits(item.Points, out _pointsUnits, out _pointsScale)
                    || (judged.Step is { } step && !TryUnits(step, out _stepUnits, out _stepScale)))
                {
                    _kind = BuiltInKind.None;
                }

                break;

            default:
                _kind = BuiltInKind.None;
                break;
        }
    }

    /// <summary>The table for an item whose rule the plan applies inline, or <see langword="null"/>.</summary>
    public static ItemScoreTable? For(Item item, BuiltInKind kind) => kind == BuiltInKind.None ? null : new ItemScoreTable(item, kind);

    /// <summary>The item's score for an observation, when the table covers it.</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="score">The score, exactly as the inline rule would give it.</param>
    /// <param name="packed">The score packed for <see cref="PointsSum"/>.</param>
    /// <returns>Whether the table covers the observation; if not, ask <see cref="InlineRules"/>.</returns>
    public bool TryScore(Observation observation, out decimal score, out long packed)
    {
        Unsafe.SkipInit(out score);
        Unsafe.SkipInit(out packed);
        switch (_kind)
        {
            case BuiltInKind.Flat:
            {
                var at = observation.IndexOfKey(ObservationKeys.Met);
                if (at < 0 || !observation.ValueAt(at).TryGetBoolean(out var met))
                {
                    return false;
                }

                return met ? Found(in _points, out score, out packed) : Found(in _lost, out score, out packed);
            }

            case BuiltInKind.AnyOf:
                return TryAnyOf(observation, out score, out packed);

            case BuiltInKind.PerUnit:
            {
                switch (NoneDone(observation))
                {
                    case NoneDoneFlag.LosesAll:
                        return Found(in _lost, out score, out packed);
                    case NoneDoneFlag.Unclear:
                        return false;
                }

                if (!TryCount(observation, ObservationKeys.Missing, out var missing))
                {
                    return false;
                }

                if (missing < _byCount.Length)
                {
                    return Found(in _byCount[missing], out score, out packed);
                }

                return missing >= _saturatedFrom && Found(in _saturated, out score, out packed);
            }

            case BuiltInKind.Shortfall:
            {
                switch (NoneDone(observation))
                {
                    case NoneDoneFlag.LosesAll:
                        return Found(in _lost, out score, out packed);
                    case NoneDoneFlag.Unclear:
                        return false;
                }

                if (!TryCount(observation, ObservationKeys.Achieved, out var achieved))
                {
                    return false;
                }

                if (achieved >= _target)
                {
                    return Found(in _points, out score, out packed);
                }

                return achieved < _byCount.Length && Found(in _byCount[achieved], out score, out packed);
            }

            case BuiltInKind.Tiered:
                return TryTiered(observation, out score, out packed);

            case BuiltInKind.Judged:
                return TryJudged(observation, out score, out packed);

            default:
                return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Found(in Entry entry, out decimal score, out long packed)
    {
        score = entry.Score;
        packed = entry.Packed;
        return true;
    }

    /// <summary>The score the plan stores for an inline verdict: the points, less the loss when there is one.</summary>
    private static decimal Score(Item item, InlineRules.Verdict verdict, in RuleOutcome outcome) => verdict switch
    {
        InlineRules.Verdict.NoLoss => item.Points,
        InlineRules.Verdict.Lost => item.Points - outcome.Loss,
        _ => throw new InvalidOperationException($"Item '{item.Id}': the inline rule left a valid count to its evaluator."),
    };

    /// <summary>
    /// Scores by count missing, as far as the loss still grows: once <c>count × rate</c> reaches the
    /// cap, <see cref="Math.Min(decimal, decimal)"/> returns the cap itself for every larger count.
    /// </summary>
    private static (Entry[] ByCount, int SaturatedFrom, Entry Saturated) PerUnitScores(PerUnitRule rule, Item item)
    {
        var cap = rule.Cap ?? item.Points;
        var scores = new List<Entry>();
        for (var missing = 0; missing < MaxCounts; missing++)
        {
            var score = new Entry(Score(item, InlineRules.PerUnitCount(rule, item, missing, out var outcome), outcome));
            if (missing > 0 && missing * rule.Rate >= cap)
            {
                return ([.. scores], missing, score);
            }

            scores.Add(score);
        }

        return ([.. scores], int.MaxValue, default);
    }

    private enum NoneDoneFlag : byte
    {
        /// <summary>Absent or false: the count decides.</summary>
        Absent,

        /// <summary>Nothing done, and the rule takes everything.</summary>
        LosesAll,

        /// <summary>Not a yes/no, or a none-done the rule does not score: the table cannot decide.</summary>
        Unclear,
    }

    /// <summary>The optional none-done flag as the inline rule reads it.</summary>
    private NoneDoneFlag NoneDone(Observation observation)
    {
        var at = observation.IndexOfKey(ObservationKeys.NoneDone);
        if (at < 0)
        {
            return NoneDoneFlag.Absent;
        }

        if (!observation.ValueAt(at).TryGetBoolean(out var flag))
        {
            return NoneDoneFlag.Unclear;
        }

        return !flag ? NoneDoneFlag.Absent : _noneDoneLosesAll ? NoneDoneFlag.LosesAll : NoneDoneFlag.Unclear;
    }

    private bool TryAnyOf(Observation observation, out decimal score, out long packed)
    {
        Unsafe.SkipInit(out score);
        Unsafe.SkipInit(out packed);
        var ids = _ids;

        // As many values as conditions, each condition found: then no value names an unknown condition.
        if (observation.Count != ids.Length)
        {
            return false;
        }

        var allMet = true;
        for (var c = 0; c < ids.Length; c++)
        {
            var at = observation.IndexOf(ids[c]);
            if (at < 0 || !observation.ValueAt(at).TryGetBoolean(out var met))
            {
                return false;
            }

            allMet &= met;
        }

        return allMet ? Found(in _points, out score, out packed) : Found(in _lost, out score, out packed);
    }

    private bool TryTiered(Observation observation, out decimal score, out long packed)
    {
        Unsafe.SkipInit(out score);
        Unsafe.SkipInit(out packed);
        var at = observation.IndexOfKey(ObservationKeys.Level);
        if (at < 0 || !observation.ValueAt(at).TryGetString(out var levelId))
        {
            return false;
        }

        // Level ids are unique, so the first match is the level TieredRule.FindLevel finds.
        var ids = _ids;
        for (var l = 0; l < ids.Length; l++)
        {
            if (ReferenceEquals(ids[l], levelId) || string.Equals(ids[l], levelId, StringComparison.Ordinal))
            {
                return Found(in _levelScores[l], out score, out packed);
            }
        }

        return false;
    }

    /// <summary>
    /// The judged rule in whole units: the awarded value, the points and the step brought to one
    /// scale, so the range and step checks are integer comparisons instead of a decimal remainder.
    /// The score the inline rule stores, <c>points − (points − awarded)</c>, is the awarded value at
    /// the larger of its own and the points' scale, which is built directly.
    /// </summary>
    private bool TryJudged(Observation observation, out decimal score, out long packed)
    {
        Unsafe.SkipInit(out score);
        Unsafe.SkipInit(out packed);
        var at = observation.IndexOfKey(ObservationKeys.Awarded);
        if (at < 0)
        {
            return false;
        }

        ref readonly var value = ref observation.ValueAt(at);
        ulong units;
        int scale;
        if (value.Units is var packedUnits and >= 0 && value.Kind == ObservedValueKind.Number)
        {
            units = (ulong)(packedUnits >> 8);
            scale = packedUnits & 0xFF;
        }
        else if (!value.TryGetDecimal(out var awarded) || !TryUnits(awarded, out units, out scale))
        {
            return false;
        }

        var common = Math.Max(scale, Math.Max(_pointsScale, _stepScale));
        var awardedUnits = units * PowersOfTen[common - scale];
        var pointsUnits = _pointsUnits * PowersOfTen[common - _pointsScale];
        if (awardedUnits > pointsUnits || (_stepUnits != 0 && awardedUnits % (_stepUnits * PowersOfTen[common - _stepScale]) != 0))
        {
            return false;
        }

        if (awardedUnits == pointsUnits)
        {
            return Found(in _points, out score, out packed);
        }

        var resultScale = Math.Max(scale, _pointsScale);
        var result = units * PowersOfTen[resultScale - scale];
        score = new decimal((int)(uint)result, (int)(uint)(result >> 32), 0, false, (byte)resultScale);
        packed = result <= uint.MaxValue ? ((long)result << 8) | (long)resultScale : PointsSum.Unknown;
        return true;
    }

    private static bool TryCount(Observation observation, string key, out int value)
    {
        value = 0;
        var at = observation.IndexOfKey(key);
        return at >= 0 && InlineRules.TryCount(observation.ValueAt(at), out value);
    }

    /// <summary>
    /// A non-negative decimal as whole units at its own scale, when it has at most 32 bits of
    /// magnitude and a scale of at most 9. A negative sign, even on zero, is refused: the inline
    /// rule leaves those to the evaluator.
    /// </summary>
    private static bool TryUnits(decimal value, out ulong units, out int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        units = (uint)bits[0];
        return bits[1] == 0 && bits[2] == 0 && bits[3] >= 0 && scale < PowersOfTen.Length;
    }

    /// <summary>A score with its units packed for <see cref="PointsSum"/>.</summary>
    private readonly record struct Entry(decimal Score, long Packed)
    {
        public Entry(decimal score)
            : this(score, PointsSum.Pack(score))
        {
        }
    }
}
