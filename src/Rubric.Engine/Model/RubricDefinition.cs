
namespace Rubric.Engine;

/// <summary>
/// A complete scoring sheet: its tasks, stages and items, the total it declares, and the award
/// policies drawn from its scores. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// The type is not called <c>Rubric</c> because a type of that name would be hidden by the
/// <c>Rubric</c> namespace in every consumer that imports <c>Rubric.Engine</c>.
/// Build one with <see cref="RubricBuilder"/> or load one with <c>Rubric.Engine.Schema</c>.
/// </remarks>
public sealed class RubricDefinition
{
    // Built on the first lookup, and a plain dictionary: a rubric is looked up in rarely (scoring
    // has its own indexes), and a frozen one cost more to build than the rest of loading it.
    private Dictionary<string, Item>? _itemsById;

    internal RubricDefinition(
        string id,
        string title,
        UnitKind unitKind,
        decimal points,
        IEnumerable<RubricTask> tasks,
        MissingObservationPolicy missingObservations,
        IEnumerable<AwardPolicy> awardPolicies,
        string? incompleteNote,
        bool bonusAbovePoints = false)
    {
        Id = Guard.Id(id, nameof(id));
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
        UnitKind = unitKind;
        Points = Guard.Positive(points, nameof(points));
        Tasks = Guard.Items(tasks, nameof(tasks));
        MissingObservations = missingObservations;
        AwardPolicies = Guard.Items(awardPolicies, nameof(awardPolicies));
        IncompleteNote = incompleteNote;
        BonusAbovePoints = bonusAbovePoints;

        var items = new List<Item>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in Tasks)
        {
            Unique(ids, task.Id);
            foreach (var stage in task.Stages)
            {
                Unique(ids, stage.Id);
                foreach (var item in stage.Items)
                {
                    Unique(ids, item.Id);
                    items.Add(item);
                }
            }
        }

        Items = [.. items];
        Guard.UniqueIds(AwardPolicies, static p => p.Id, "award policy", nameof(awardPolicies));

        static void Unique(HashSet<string> ids, string id)
        {
            if (!ids.Add(id))
            {
                throw new ArgumentException($"Duplicate task, stage or item id '{id}'.", nameof(tasks));
            }
        }
    }

    /// <summary>Identifier of the rubric.</summary>
    public string Id { get; }

    /// <summary>The sheet's title, verbatim.</summary>
    public string Title { get; }

    /// <summary>The kind of unit assessed with this sheet.</summary>
    public UnitKind UnitKind { get; }

    /// <summary>The total the sheet declares (100 for the Panlong sheet).</summary>
    public decimal Points { get; }

    /// <summary>The tasks, in sheet order.</summary>
    public IReadOnlyList<RubricTask> Tasks { get; }

    /// <summary>Every item of every stage of every task, in sheet order.</summary>
    public IReadOnlyList<Item> Items { get; }

    /// <summary>The sum of the tasks' declared points.</summary>
    public decimal TaskPoints => Tasks.Sum(static t => t.Points);

    /// <summary>The sum of all items' points: the most a unit can score.</summary>
    public decimal ItemPoints => Items.Sum(static i => i.Points);

    /// <summary>What scoring does when a filled score column lacks an item.</summary>
    public MissingObservationPolicy MissingObservations { get; }

    /// <summary>The award policies that rank units by this sheet's scores.</summary>
    public IReadOnlyList<AwardPolicy> AwardPolicies { get; }

    /// <summary>
    /// Set when the sheet is known to be incomplete (the source document breaks off, say): why.
    /// Scoring still works; validation reports it as a warning.
    /// </summary>
    public string? IncompleteNote { get; }

    /// <summary>Whether the sheet is known to be incomplete.</summary>
    public bool IsIncomplete => IncompleteNote is not null;

    /// <summary>
    /// Whether a step's bonus may lift a stage, task or the total above its points (加分项 beyond
    /// the sheet's points). Otherwise every level stays within 0 and its points, and an
    /// adjustment records what it asked for and what it applied.
    /// </summary>
    public bool BonusAbovePoints { get; }

    /// <summary>Finds an item by its id.</summary>
    /// <param name="id">The item id.</param>
    /// <param name="item">The item, when found.</param>
    /// <returns><see langword="true"/> when the rubric has an item with that id.</returns>
    public bool TryGetItem(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Item? item)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_itemsById is null)
        {
            // Two threads may both build it; either result is the same, and one is kept.
            var byId = new Dictionary<string, Item>(Items.Count, StringComparer.Ordinal);
            foreach (var each in Items)
            {
                byId.Add(each.Id, each);
            }

            Interlocked.CompareExchange(ref _itemsById, byId, null);
        }

        return _itemsById!.TryGetValue(id, out item);
    }

    /// <summary>Starts a builder for a rubric.</summary>
    /// <param name="id">Identifier of the rubric.</param>
    /// <param name="title">The sheet's title.</param>
    /// <returns>A new builder.</returns>
    public static RubricBuilder CreateBuilder(string id, string title) => new(id, title);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
