using System.Runtime.CompilerServices;

namespace Rubric.Engine;

/// <summary>
/// Every item's score and deduction in both columns, in flat arrays by item position (the self
/// column first, then the assessor column): what scoring writes once and every
/// <see cref="ItemResult"/> reads, so that a scorecard's items cost no object each. A column not
/// filled holds zeros and reads as <see langword="null"/>.
/// </summary>
internal sealed class ScoredItems
{
    private readonly decimal[] _scores;
    private readonly Deduction?[] _deductions;

    public ScoredItems(Item[] items, bool hasSelf, bool hasAssessor)
    {
        Items = items;
        HasSelf = hasSelf;
        HasAssessor = hasAssessor;
        _scores = new decimal[2 * items.Length];
        _deductions = new Deduction?[2 * items.Length];
    }

    /// <summary>The items, in sheet order.</summary>
    public Item[] Items { get; }

    public int Count => Items.Length;

    public bool HasSelf { get; }

    public bool HasAssessor { get; }

    // Every item a host reads comes through here; the JIT left it a call (two nullable decimals
    // make it look large), and inlined it takes 8 % off scoring a school and reading its items
    // together with RuleOutcome.LossOn.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScorePair Score(int index) => Pair(_scores[index], _scores[Items.Length + index]);

    /// <summary>Two scores as a pair, a column not filled read as <see langword="null"/>: an item's, a stage's, a task's or the total.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScorePair Pair(decimal self, decimal assessor) => new(HasSelf ? self : null, HasAssessor ? assessor : null);

    public decimal Get(int index, ScoreSide side) => _scores[At(index, side)];

    public Deduction? Deduction(int index, ScoreSide side) => _deductions[At(index, side)];

    public void Set(int index, ScoreSide side, decimal score, Deduction? deduction)
    {
        var at = At(index, side);
        _scores[at] = score;
        _deductions[at] = deduction;
    }

    /// <summary>The sum of the scores of the items from <paramref name="from"/> up to <paramref name="to"/> in one column.</summary>
    public decimal Sum(int from, int to, ScoreSide side)
    {
        var sum = 0m;
        foreach (var score in _scores.AsSpan(At(from, side), to - from))
        {
            sum += score;
        }

        return sum;
    }

    private int At(int index, ScoreSide side) => side == ScoreSide.Self ? index : Items.Length + index;
}
