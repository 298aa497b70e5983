using System.Buffers.Binary;
using System.Text;

namespace Rubric.Engine.Schema;

/// <summary>
/// What the fast path has read before on this thread: observations by item and exact bytes, and
/// short texts by exact bytes. Reading JSON is a pure function of its bytes, so the same bytes
/// give the same (immutable) observation, read and checked once. Each table has a fixed number
/// of slots that newer entries overwrite, so the memory it holds is bounded whatever the input.
/// A memo belongs to one <see cref="LoaderOptions"/>: a body within one set of limits may break
/// another's.
/// </summary>
internal sealed class ObservationMemo
{
    /// <summary>Enough for every usual observation of a few hundred items; about 1 MB at most.</summary>
    private const int ObservationSlots = 4096;

    private const int TextSlots = 256;

    /// <summary>Observations with notes or evidence are longer and seldom repeat: not worth keeping.</summary>
    private const int MaxEntryBytes = 128;

    private const int MaxTextBytes = 256;

    [ThreadStatic]
    private static ObservationMemo? t_memo;

    /// <summary>How many entries each column position remembers for <see cref="Recent"/>.</summary>
    private const int RecentPerPosition = 4;

    /// <summary>Column positions with recent entries: rubrics larger than this still hit the hash table.</summary>
    private const int RecentPositions = 512;

    private readonly Entry?[] _observations = new Entry?[ObservationSlots];
    private readonly RecentEntry[] _recent = new RecentEntry[RecentPositions * RecentPerPosition];
    private readonly TextEntry?[] _texts = new TextEntry?[TextSlots];

    private ObservationMemo(LoaderOptions options)
    {
        Options = options;
    }

    /// <summary>The limits every observation kept here was read under.</summary>
    public LoaderOptions Options { get; }

    /// <summary>A list for the scanner to collect the self column in, reused record after record.</summary>
    public List<Observation> SelfColumn { get; } = new(64);

    /// <summary>A list for the scanner to collect the assessor column in, reused record after record.</summary>
    public List<Observation> AssessorColumn { get; } = new(64);

    /// <summary>This thread's memo for <paramref name="options"/>; a new one when the options change.</summary>
    public static ObservationMemo For(LoaderOptions options)
    {
        var memo = t_memo;
        if (memo is null || !ReferenceEquals(memo.Options, options))
        {
            t_memo = memo = new ObservationMemo(options);
        }

        return memo;
    }

    /// <summary>
    /// The observation a column entry holds, <c>"id": { … }</c> as found by the scanner, or null
    /// when the id or the object is not one the fast path accepts. Kept by the entry's exact bytes,
    /// id included, so a hit needs no further look at either.
    /// </summary>
    /// <param name="entry">The entry, from the id's opening quote to the object's closing brace.</param>
    /// <param name="colon">Where the colon sits in <paramref name="entry"/>, counted from its start.</param>
    /// <param name="position">The entry's position in its column.</param>
    public Observation? Observation(ReadOnlySpan<byte> entry, int colon, int position)
    {
        var slot = Hash(entry, position) & (ObservationSlots - 1);
        if (_observations[slot] is { } kept && entry.SequenceEqual(kept.Bytes))
        {
            Remember(position, kept);
            return kept.Observation;
        }

        var id = entry[1..entry[..colon].LastIndexOf((byte)'"')];
        if (!AssessmentFastPath.IsId(id, Options))
        {
            return null;
        }

        var body = entry[(colon + 1)..].TrimStart(" \t\r\n"u8);
        var observation = AssessmentFastPath.TryObservation(body, Options, AssessmentFastPath.ItemId(id, position));
        if (observation is not null && entry.Length <= MaxEntryBytes)
        {
            _observations[slot] = kept = new Entry(entry.ToArray(), observation);
            Remember(position, kept);
        }

        return observation;
    }

    /// <summary>
    /// The observation of one of the last entries seen at <paramref name="position"/> that
    /// <paramref name="json"/> starts with, without finding where its entry ends: a kept entry is
    /// a whole <c>"id": { … }</c>, closing brace included, so if the text starts with it, that is
    /// the entry. Most columns repeat the same few answers at each position.
    /// </summary>
    /// <param name="json">The document from where the entry would start.</param>
    /// <param name="position">The entry's position in its column.</param>
    /// <param name="length">The entry's length in bytes, when found.</param>
    public Observation? Recent(ReadOnlySpan<byte> json, int position, out int length)
    {
        if (position < RecentPositions)
        {
            var recent = _recent.AsSpan(position * RecentPerPosition, RecentPerPosition);
            for (var k = 0; k < recent.Length && recent[k].Entry is { } entry; k++)
            {
                // Entries at one position differ at their end, in the value: eight bytes there,
                // kept beside the entry, turn most candidates away before the whole is compared.
                var size = recent[k].Length;
                if (size <= json.Length
                    && BinaryPrimitives.ReadUInt64LittleEndian(json[(size - sizeof(ulong))..]) == recent[k].Tail
                    && json[..size].SequenceEqual(entry.Bytes))
                {
                    if (k > 0)
                    {
                        // Move it up a place: answers given often stay at the front.
                        (recent[k - 1], recent[k]) = (recent[k], recent[k - 1]);
                    }

                    length = size;
                    return entry.Observation;
                }
            }
        }

        length = 0;
        return null;
    }

    private void Remember(int position, Entry entry)
    {
        // An entry is at least '"":{}'; one shorter than its tail is left to the hash table.
        if (position < RecentPositions && entry.Bytes.Length >= sizeof(ulong))
        {
            // The newcomer takes the first free place, or else the last, pushing out the least used.
            var recent = _recent.AsSpan(position * RecentPerPosition, RecentPerPosition);
            var place = RecentPerPosition - 1;
            for (var k = 0; k < recent.Length; k++)
            {
                if (recent[k].Entry is null)
                {
                    place = k;
                    break;
                }
            }

            recent[place] = new RecentEntry(entry, entry.Bytes.Length, BinaryPrimitives.ReadUInt64LittleEndian(entry.Bytes.AsSpan(entry.Bytes.Length - sizeof(ulong))));
        }
    }

    /// <summary>The text of plain (unescaped) UTF-8 bytes, the same string as last time for the same bytes.</summary>
    public string Text(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxTextBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var slot = Hash(utf8, 0) & (TextSlots - 1);
        if (_texts[slot] is { } entry && utf8.SequenceEqual(entry.Utf8))
        {
            return entry.Text;
        }

        // A rubric id read here is then the one a scoring plan interned, compared by reference.
        var text = Encoding.UTF8.GetString(utf8);
        text = string.IsInterned(text) ?? text;
        _texts[slot] = new TextEntry(utf8.ToArray(), text);
        return text;
    }

    /// <summary>A quick multiplicative hash; a collision only costs a read.</summary>
    private static int Hash(ReadOnlySpan<byte> bytes, int seed)
    {
        var hash = ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0x100000001B3UL;
            hash ^= hash >> 29;
            bytes = bytes[8..];
        }

        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        hash ^= hash >> 32;
        return (int)hash & int.MaxValue;
    }

    private sealed record Entry(byte[] Bytes, Observation Observation);

    /// <summary>A kept entry with its length and last eight bytes at hand, so a candidate is turned away without a look at the entry itself.</summary>
    private readonly record struct RecentEntry(Entry? Entry, int Length, ulong Tail);

    private sealed record TextEntry(byte[] Utf8, string Text);
}
