using System.Collections.Frozen;

namespace Rubric.Engine;

/// <summary>
/// One unit assessed in one round: the self-assessment column (自查分), the assessor column
/// (考核分), or both, each holding at most one <see cref="Observation"/> per item. Immutable.
/// </summary>
public sealed class Assessment
{
    // The observations as given, which scoring reads by position; the dictionaries by item id are
    // built on first use, so an assessment that is only scored stays small.
    /// <summary>The largest column checked for repeated items on the stack (a 4 KiB table); a larger one uses a set.</summary>
    private const int MaxStackCheckedColumn = 512;

    /// <summary>The longest probe tolerated in the stack table before the column is checked with a set.</summary>
    private const int MaxProbes = 8;

    private readonly Observation[]? _selfInOrder;
    private readonly Observation[]? _assessorInOrder;
    private FrozenDictionary<string, Observation>? _self;
    private FrozenDictionary<string, Observation>? _assessor;

    /// <summary>Creates an assessment.</summary>
    /// <param name="unitId">The unit assessed.</param>
    /// <param name="round">The round.</param>
    /// <param name="self">The self-assessment column, or <see langword="null"/> when the unit did not fill it.</param>
    /// <param name="assessor">The assessor column, or <see langword="null"/> when not yet assessed.</param>
    /// <exception cref="ArgumentException">
    /// Both columns are missing, or a column has two observations for one item. For columns filled
    /// by users, <see cref="Create"/> reports these as errors instead.
    /// </exception>
    public Assessment(string unitId, AssessmentRound round, IEnumerable<Observation>? self, IEnumerable<Observation>? assessor)
        : this(Guard.Id(unitId, nameof(unitId)), round, UniqueColumn(self, nameof(self)), UniqueColumn(assessor, nameof(assessor)))
    {
    }

    /// <summary>Takes columns already copied and checked for repeats (by the public constructor or by <see cref="Create"/>).</summary>
    private Assessment(string unitId, AssessmentRound round, Observation[]? self, Observation[]? assessor)
    {
        if (self is null && assessor is null)
        {
            throw new ArgumentException("An assessment needs a self column, an assessor column, or both.", nameof(self));
        }

        UnitId = unitId;
        Round = round;
        _selfInOrder = self;
        _assessorInOrder = assessor;
    }

    /// <summary>
    /// Creates an assessment from user data (a web form, a spreadsheet): what the constructor
    /// refuses with an exception, an item given twice in a column or no column at all, comes back
    /// as errors a host can show beside the fields they concern.
    /// </summary>
    /// <param name="unitId">The unit assessed.</param>
    /// <param name="round">The round.</param>
    /// <param name="self">The self-assessment column, or <see langword="null"/> when the unit did not fill it.</param>
    /// <param name="assessor">The assessor column, or <see langword="null"/> when not yet assessed.</param>
    /// <param name="unitName">The unit's display name (<see cref="UnitName"/>).</param>
    /// <param name="rubricId">The rubric the assessment was made against (<see cref="RubricId"/>).</param>
    /// <param name="date">The assessment date (<see cref="Date"/>).</param>
    /// <param name="assessedBy">The assessing team or assessor (<see cref="AssessedBy"/>).</param>
    /// <param name="notes">Free-text notes (<see cref="Notes"/>).</param>
    /// <returns>
    /// The assessment, or every reason it could not be made: <see cref="ScoringErrorCode.DuplicateObservation"/>
    /// once per item and column that repeats it, naming both, and <see cref="ScoringErrorCode.MissingColumn"/>
    /// when neither column is given.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is empty, or a column holds <see langword="null"/> (programmer errors).</exception>
    public static AssessmentResult Create(
        string unitId,
        AssessmentRound round,
        IEnumerable<Observation>? self,
        IEnumerable<Observation>? assessor,
        string? unitName = null,
        string? rubricId = null,
        DateOnly? date = null,
        string? assessedBy = null,
        string? notes = null)
    {
        Guard.Id(unitId, nameof(unitId));
        var selfInOrder = self is null ? null : Guard.Items(self, nameof(self));
        var assessorInOrder = assessor is null ? null : Guard.Items(assessor, nameof(assessor));
        var errors = new List<ScoringError>();
        if (selfInOrder is null && assessorInOrder is null)
        {
            errors.Add(new ScoringError(ScoringErrorCode.MissingColumn, null, null, null, $"The assessment of '{unitId}' has neither a self nor an assessor column; give at least one."));
        }

        AddRepeated(errors, selfInOrder, ScoreSide.Self);
        AddRepeated(errors, assessorInOrder, ScoreSide.Assessor);
        if (errors.Count > 0)
        {
            return new AssessmentResult(null, errors);
        }

        return new AssessmentResult(
            new Assessment(unitId, round, selfInOrder, assessorInOrder)
            {
                UnitName = unitName,
                RubricId = rubricId,
                Date = date,
                AssessedBy = assessedBy,
                Notes = notes,
            },
            []);
    }

    /// <summary>The unit assessed.</summary>
    public string UnitId { get; }

    /// <summary>The unit's display name.</summary>
    public string? UnitName { get; init; }

    /// <summary>The rubric the assessment was made against, when stated.</summary>
    public string? RubricId { get; init; }

    /// <summary>The round.</summary>
    public AssessmentRound Round { get; }

    /// <summary>The assessment date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The assessing team (考核组) or assessor.</summary>
    public string? AssessedBy { get; init; }

    /// <summary>Free-text notes.</summary>
    public string? Notes { get; init; }

    /// <summary>Whether the self column was filled.</summary>
    public bool HasSelf => _selfInOrder is not null;

    /// <summary>Whether the assessor column was filled.</summary>
    public bool HasAssessor => _assessorInOrder is not null;

    /// <summary>The observations of one column, or <see langword="null"/> when the column was not filled.</summary>
    /// <param name="side">The column.</param>
    /// <returns>The observations by item id.</returns>
    public IReadOnlyDictionary<string, Observation>? Column(ScoreSide side) => ColumnCore(side);

    /// <summary>The observations of one column in the order they were given (the sheet's, for a form or a sheet read in order).</summary>
    /// <param name="side">The column.</param>
    /// <returns>The observations, or <see langword="null"/> when the column was not filled.</returns>
    public IReadOnlyList<Observation>? Observations(ScoreSide side) => ColumnInOrder(side) is { } inOrder ? Array.AsReadOnly(inOrder) : null;

    /// <summary>A column by item id, built on first use; two threads may both build it, and both then read the one kept.</summary>
    internal FrozenDictionary<string, Observation>? ColumnCore(ScoreSide side)
    {
        var inOrder = ColumnInOrder(side);
        if (inOrder is null)
        {
            return null;
        }

        ref var slot = ref side == ScoreSide.Self ? ref _self : ref _assessor;
        if (slot is null)
        {
            Interlocked.CompareExchange(ref slot, Index(inOrder), null);
        }

        return slot;
    }

    /// <summary>The observations of one column in the order they were given, which scoring tries before a lookup by id.</summary>
    internal Observation[]? ColumnInOrder(ScoreSide side) => side == ScoreSide.Self ? _selfInOrder : _assessorInOrder;

    private static FrozenDictionary<string, Observation> Index(Observation[] observations)
    {
        var dictionary = new Dictionary<string, Observation>(StringComparer.Ordinal);
        foreach (var observation in observations)
        {
            dictionary.Add(observation.ItemId, observation);
        }

        return dictionary.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A column copied and checked: no null inside, one observation per item.</summary>
    private static Observation[]? UniqueColumn(IEnumerable<Observation>? column, string paramName)
    {
        if (column is null)
        {
            return null;
        }

        var observations = Guard.Items(column, paramName);
        EnsureUnique(observations, paramName);
        return observations;
    }

    private static void EnsureUnique(Observation[] observations, string paramName)
    {
        if (observations.Length < 2)
        {
            return;
        }

        if (observations.Length > MaxStackCheckedColumn)
        {
            EnsureUniqueInSet(observations, paramName);
            return;
        }

        // Every assessment of a batch comes through here: an open-addressing table on the stack
        // with a cheap hash instead of a HashSet each time. Ids chosen to collide could make long
        // probes; past a few, the column goes to the set, whose hashing is randomised.
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)observations.Length * 2);
        Span<int> slots = stackalloc int[size];
        slots.Clear();
        for (var i = 0; i < observations.Length; i++)
        {
            var id = observations[i].ItemId;
            var slot = CheapHash(id) & (size - 1);
            for (var probes = 0; slots[slot] != 0; probes++)
            {
                if (string.Equals(observations[slots[slot] - 1].ItemId, id, StringComparison.Ordinal))
                {
                    throw Duplicate(observations[i], paramName);
                }

                if (probes == MaxProbes)
                {
                    EnsureUniqueInSet(observations, paramName);
                    return;
                }

                slot = (slot + 1) & (size - 1);
            }

            slots[slot] = i + 1;
        }
    }

    private static void EnsureUniqueInSet(Observation[] observations, string paramName)
    {
        var seen = new HashSet<string>(observations.Length, StringComparer.Ordinal);
        foreach (var observation in observations)
        {
            if (!seen.Add(observation.ItemId))
            {
                throw Duplicate(observation, paramName);
            }
        }
    }

    /// <summary>
    /// A hash of an id's length, its first two and its last two characters: ids of one sheet
    /// (t1.9, t1.10, t2.10) differ there, and a set of ids that do not only costs a probe or two.
    /// </summary>
    private static int CheapHash(string id)
    {
        if (id.Length < 2)
        {
            return id.Length == 0 ? 0 : id[0];
        }

        var hash = ((uint)id.Length * 0x9E3779B1u) ^ ((uint)id[0] << 16) ^ id[1];
        hash = (hash * 0x85EBCA6Bu) ^ ((uint)id[^2] << 16) ^ id[^1];
        hash *= 0xC2B2AE35u;
        return (int)(hash ^ (hash >> 15));
    }

    /// <summary>One error per item a column repeats, in the order the items first appear; only a host's user data comes here, so plain grouping is fast enough.</summary>
    private static void AddRepeated(List<ScoringError> errors, Observation[]? observations, ScoreSide side)
    {
        if (observations is null)
        {
            return;
        }

        var column = side == ScoreSide.Self ? "self" : "assessor";
        foreach (var repeated in observations.GroupBy(static o => o.ItemId, StringComparer.Ordinal).Where(static g => g.Skip(1).Any()))
        {
            errors.Add(new ScoringError(
                ScoringErrorCode.DuplicateObservation,
                side,
                repeated.Key,
                null,
                $"{repeated.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)} observations in the {column} column; expected one per item."));
        }
    }

    private static ArgumentException Duplicate(Observation observation, string paramName) =>
        new($"Two observations for item '{observation.ItemId}' in one column.", paramName);

    /// <inheritdoc/>
    public override string ToString() => $"{UnitId} ({Round})";
}
