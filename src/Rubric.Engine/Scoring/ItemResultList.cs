using System.Collections;

namespace Rubric.Engine;

/// <summary>A run of items' results in sheet order (a stage's, or the whole sheet's), read from the scored arrays.</summary>
internal sealed class ItemResultList(ScoredItems items, int start, int count) : IReadOnlyList<ItemResult>
{
    public int Count => count;

    public ItemResult this[int index] =>
        (uint)index < (uint)count ? new(items, start + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<ItemResult> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return new(items, start + i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
