using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Rubric.Engine;

/// <summary>
/// What was observed for one item in one score column: the named values its rule reads (for
/// example <c>missing = 3</c>), or a score typed directly (<see cref="Scored"/>), with an optional
/// note and evidence references. Immutable.
/// </summary>
public sealed class Observation
{
    // An observation holds one to a few values: a scan of two short arrays beats hashing the key,
    // and the dictionary behind Values is built only when someone asks for it, which keeps
    // thousands of observations small and close together in memory for scoring.
    // Most observations hold one value: it sits in the object itself (_first), and a name from
    // ObservationKeys shares one array with every other observation, so such an observation is
    // one small object. With more values, _others holds them all.
    private static readonly string[][] SharedKeys = [[ObservationKeys.Met], [ObservationKeys.Missing], [ObservationKeys.NoneDone], [ObservationKeys.Achieved], [ObservationKeys.Level], [ObservationKeys.Awarded]];

    private readonly string[] _keys;
    private readonly ObservedValue _first;
    private readonly ObservedValue[]? _others;
    private FrozenDictionary<string, ObservedValue>? _values;

    /// <summary>Creates an observation.</summary>
    /// <param name="itemId">The item observed.</param>
    /// <param name="values">The named values.</param>
    /// <param name="note">A free-text note by the assessor.</param>
    /// <param name="evidence">References to the evidence seen (file names, record numbers).</param>
    public Observation(string itemId, IEnumerable<KeyValuePair<string, ObservedValue>> values, string? note = null, IEnumerable<string>? evidence = null)
    {
        ItemId = Guard.Id(itemId, nameof(itemId));
        ArgumentNullException.ThrowIfNull(values);

        // One type test for the lists and arrays readers pass, so that building millions of
        // observations neither enumerates through an interface nor makes temporary lists.
        ReadOnlySpan<KeyValuePair<string, ObservedValue>> span = values switch
        {
            KeyValuePair<string, ObservedValue>[] array => array,
            List<KeyValuePair<string, ObservedValue>> list => CollectionsMarshal.AsSpan(list),
            _ => values.ToArray(),
        };
        if (span.Length == 1)
        {
            var (key, value) = span[0];
            ArgumentException.ThrowIfNullOrEmpty(key, nameof(values));
            EnsureNotScore(key, nameof(values));
            key = Interned(key);
            _keys = Shared(key) ?? [key];
            _first = value;
        }
        else
        {
            var keys = new string[span.Length];
            var inOrder = new ObservedValue[span.Length];
            HashSet<string>? seen = null;
            for (var n = 0; n < span.Length; n++)
            {
                var (key, value) = span[n];
                ArgumentException.ThrowIfNullOrEmpty(key, nameof(values));
                EnsureNotScore(key, nameof(values));
                if (IsDuplicate(keys.AsSpan(0, n), ref seen, key))
                {
                    throw new ArgumentException($"Duplicate value '{key}' for item '{itemId}'.", nameof(values));
                }

                keys[n] = Interned(key);
                inOrder[n] = value;
            }

            _keys = keys;
            if (span.Length > 0)
            {
                _first = inOrder[0];
            }

            _others = span.Length > 1 ? inOrder : null;
        }

        Note = note;
        // Most observations cite no evidence: no list to copy and check.
        Evidence = evidence is null ? [] : Guard.Items(evidence, nameof(evidence));
    }

    /// <summary>The item observed.</summary>
    public string ItemId { get; }

    /// <summary>
    /// The score typed directly for the item (自查分 or 考核分 as written on the sheet), or
    /// <see langword="null"/> when only what was seen is recorded. A scored observation holds no
    /// <see cref="Values"/>: scoring derives them from the score, or checks <see cref="Observed"/> against it.
    /// </summary>
    public decimal? Score { get; private init; }

    /// <summary>
    /// For a scored observation, what was recorded beside the score when the sheet gives both
    /// (an observation without a score); otherwise <see langword="null"/>.
    /// </summary>
    public Observation? Observed { get; private init; }

    /// <summary>The named values, as recorded.</summary>
    public IReadOnlyDictionary<string, ObservedValue> Values => Dictionary;

    /// <summary>A free-text note by the assessor.</summary>
    public string? Note { get; }

    /// <summary>References to the evidence seen.</summary>
    public IReadOnlyList<string> Evidence { get; }

    /// <summary>Reads a value by name.</summary>
    /// <param name="key">The value's name.</param>
    /// <param name="value">The value, when present.</param>
    /// <returns>Whether the value is present.</returns>
    public bool TryGetValue(string key, out ObservedValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var keys = _keys;
        if (keys.Length <= 8)
        {
            // The built-in rules ask with the ObservationKeys constants, which observations built
            // in code share, so comparing references first usually settles it.
            for (var i = 0; i < keys.Length; i++)
            {
                if (ReferenceEquals(keys[i], key))
                {
                    value = ValueAt(i);
                    return true;
                }
            }

            for (var i = 0; i < keys.Length; i++)
            {
                if (string.Equals(keys[i], key, StringComparison.Ordinal))
                {
                    value = ValueAt(i);
                    return true;
                }
            }

            value = default;
            return false;
        }

        return Dictionary.TryGetValue(key, out value);
    }

    /// <summary>How many values the observation holds.</summary>
    internal int Count => _keys.Length;

    /// <summary>The value at a position of the keys, without copying it.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The value.</returns>
    internal ref readonly ObservedValue ValueAt(int index) => ref _others is null ? ref _first : ref _others[index];

    /// <summary>The values' names, without allocating an enumerator, in the dictionary's order (which error a rule reports first depends on it).</summary>
    internal System.Collections.Immutable.ImmutableArray<string> Keys => Dictionary.Keys;

    /// <summary>The values by name, built on first use; two threads may both build it, and both then read the one kept.</summary>
    private FrozenDictionary<string, ObservedValue> Dictionary
    {
        get
        {
            if (_values is null)
            {
                var dictionary = new Dictionary<string, ObservedValue>(StringComparer.Ordinal);
                for (var i = 0; i < _keys.Length; i++)
                {
                    dictionary.Add(_keys[i], ValueAt(i));
                }

                Interlocked.CompareExchange(ref _values, dictionary.ToFrozenDictionary(StringComparer.Ordinal), null);
            }

            return _values!;
        }
    }

    /// <summary>The <see cref="ObservationKeys"/> constant equal to a key, so that lookups by those names compare references; any other key as it is.</summary>
    private static string Interned(string key) => key switch
    {
        ObservationKeys.Met => ObservationKeys.Met,
        ObservationKeys.Missing => ObservationKeys.Missing,
        ObservationKeys.NoneDone => ObservationKeys.NoneDone,
        ObservationKeys.Achieved => ObservationKeys.Achieved,
        ObservationKeys.Level => ObservationKeys.Level,
        ObservationKeys.Awarded => ObservationKeys.Awarded,
        _ => key,
    };

    /// <summary>The shared one-name array for an <see cref="ObservationKeys"/> constant (already interned), or <see langword="null"/>.</summary>
    private static string[]? Shared(string key)
    {
        foreach (var shared in SharedKeys)
        {
            if (ReferenceEquals(shared[0], key))
            {
                return shared;
            }
        }

        return null;
    }

    /// <summary>A score is stated with <see cref="Scored"/>, never as a value a rule would read as a count.</summary>
    private static void EnsureNotScore(string key, string paramName)
    {
        if (string.Equals(key, ObservationKeys.Score, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{ObservationKeys.Score}' is not a value a rule reads; state a score typed directly with Observation.Scored.", paramName);
        }
    }

    /// <summary>Whether a key was seen before: a scan while there are few, a set once there are many.</summary>
    private static bool IsDuplicate(ReadOnlySpan<string> keys, ref HashSet<string>? seen, string key)
    {
        if (seen is not null)
        {
            return !seen.Add(key);
        }

        foreach (var earlier in keys)
        {
            if (string.Equals(earlier, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (keys.Length >= 8)
        {
            seen = new HashSet<string>(keys.Length * 2, StringComparer.Ordinal) { key };
            foreach (var earlier in keys)
            {
                seen.Add(earlier);
            }
        }

        return false;
    }

    /// <summary>Creates an observation from named values.</summary>
    /// <param name="itemId">The item observed.</param>
    /// <param name="values">The named values.</param>
    /// <returns>The observation.</returns>
    public static Observation Of(string itemId, params (string Key, ObservedValue Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var pairs = new KeyValuePair<string, ObservedValue>[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            pairs[i] = KeyValuePair.Create(values[i].Key, values[i].Value);
        }

        return new(itemId, pairs);
    }

    /// <summary>For a flat rule: whether the requirement was met.</summary>
    /// <param name="itemId">The item observed.</param>
    /// <param name="met">Whether it was met.</param>
    /// <returns>The observation.</returns>
    public static Observation Met(string itemId, bool met) => Of(itemId, (ObservationKeys.Met, met));

    /// <summary>For an any-of rule: whether each condition was met.</summary>
    /// <param name="itemId">The item observed.</param>
    /// <param name="conditions">Each condition's id and whether it was met.</param>
    /// <returns>The observation.</returns>
    public static Observation Conditions(string itemId, params (string ConditionId, bool Met)[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return new(itemId, conditions.Select(static c => KeyValuePair.Create(c.ConditionId, (ObservedValue)c.Met)));
    }

    /// <summary>For a per-unit rule: how many persons or person-times are missing.</summary>
    /// <param name="itemId">The item observed.</param>
    /// <param name="missing">The count missing.</param>
    /// <returns>The observation.</returns>
    public static Observation Missing(string itemId, int missing) => Of(itemId, (ObservationKeys.Missing, missing));

    /// <summary>For a per-unit or shortfall rule: nothing at all was done.</summary>
    /// <param name="itemId">The item observed.</param>
    /// <returns>The observation.</returns>
    public static Observation NoneDone(string itemId) => Of(itemId, (ObservationKeys.NoneDone, true));

    /// <summary>For a shortfall rule: the count achieved.</summary>
    /// <param name="itemId">The item observed.</param>
    /// <param name="achieved">The count achieved.</param>
    /// <returns>The observation.</returns>
    public static Observation Achieved(string itemId, int achieved) => Of(itemId, (ObservationKeys.Achieved, achieved));

    /// <summary>For a tiered rule: the level observed.</summary>
    /// <param name="itemId">The item observed.</param>
    /// <param name="levelId">The level's id.</param>
    /// <returns>The observation.</returns>
    public static Observation Level(string itemId, string levelId) => Of(itemId, (ObservationKeys.Level, levelId));

    /// <summary>For a judged rule: the points awarded.</summary>
    /// <param name="itemId">The item observed.</param>
    /// <param name="awarded">The points awarded.</param>
    /// <returns>The observation.</returns>
    public static Observation Awarded(string itemId, decimal awarded) => Of(itemId, (ObservationKeys.Awarded, awarded));

    /// <summary>
    /// A score typed directly, as the office writes it in 自查分 or 考核分. Scoring accepts it when
    /// the item's rule can produce it, takes the observation behind it where only one produces it,
    /// and checks <paramref name="observed"/> against it when the sheet gives both.
    /// </summary>
    /// <param name="itemId">The item scored.</param>
    /// <param name="score">The score typed.</param>
    /// <param name="observed">What was recorded beside the score, for the same item; <see langword="null"/> when only the score was typed.</param>
    /// <param name="note">A free-text note by the assessor.</param>
    /// <param name="evidence">References to the evidence seen.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentException"><paramref name="observed"/> is for another item or is itself scored.</exception>
    public static Observation Scored(string itemId, decimal score, Observation? observed = null, string? note = null, IEnumerable<string>? evidence = null)
    {
        if (observed is not null)
        {
            if (!string.Equals(observed.ItemId, itemId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The observation beside the score is for item '{observed.ItemId}', not '{itemId}'.", nameof(observed));
            }

            if (observed.Score is not null)
            {
                throw new ArgumentException("The observation beside a score cannot itself hold a score.", nameof(observed));
            }
        }

        // No values of its own: the evaluator sees the score and resolves it through the rule's own arithmetic.
        return new Observation(itemId, [], note, evidence) { Score = score, Observed = observed };
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        if (Score is { } score)
        {
            var scored = ItemId + " {" + ObservationKeys.Score + " = " + PointsFormat.Format(score);
            return Observed is null ? scored + "}" : scored + "; " + Observed.ToString()[(ItemId.Length + 2)..];
        }

        return ItemId + " {" + string.Join(", ", _keys.Select((key, i) => (Key: key, Value: ValueAt(i))).OrderBy(static v => v.Key, StringComparer.Ordinal).Select(static v => v.Key + " = " + v.Value)) + "}";
    }
}
