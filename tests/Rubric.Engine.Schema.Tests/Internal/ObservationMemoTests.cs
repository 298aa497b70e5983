using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;

namespace Rubric.Engine.Schema.Tests;

/// <summary>
/// The memo hands out an observation read earlier only for the very same bytes under the very
/// same limits; anything else is read afresh.
/// </summary>
public sealed class ObservationMemoTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly byte[] MetEntry = TestFiles.Utf8("\"t1.1\": {\"met\": true}");

    [Fact]
    public void Observation_SameEntryTwice_SameObservation()
    {
        var memo = ObservationMemo.For(new LoaderOptions());

        var first = memo.Observation(MetEntry, Colon(MetEntry), 0);
        var second = memo.Observation(MetEntry, Colon(MetEntry), 0);

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal("t1.1", first.ItemId);
        Assert.True(first.Values["met"].TryGetBoolean(out var met) && met);
    }

    [Fact]
    public void Observation_SameBodyOtherItem_ObservationOfThatItem()
    {
        var memo = ObservationMemo.For(new LoaderOptions());
        var other = TestFiles.Utf8("\"t1.2\": {\"met\": true}");

        memo.Observation(MetEntry, Colon(MetEntry), 0);
        var observation = memo.Observation(other, Colon(other), 0);

        Assert.Equal("t1.2", observation!.ItemId);
    }

    [Theory]
    [InlineData("\"t 1\": {\"met\": true}")]
    [InlineData("\"t1\": {\"met\": null}")]
    [InlineData("\"t1\": {\"met\": true, \"met\": false}")]
    [InlineData("\"t1\": {\"met\": true} ")]
    [InlineData("\"t1\": {\"met\": true}}")]
    public void Observation_NotAnAcceptedEntry_Null(string text)
    {
        var entry = TestFiles.Utf8(text);

        Assert.Null(ObservationMemo.For(new LoaderOptions()).Observation(entry, Colon(entry), 0));
    }

    [Fact]
    public void For_OtherLimits_EntryReadAgainUnderThem()
    {
        var entry = TestFiles.Utf8("\"t1\": {\"level\": \"late\"}");
        var lenient = ObservationMemo.For(new LoaderOptions());
        Assert.NotNull(lenient.Observation(entry, Colon(entry), 0));

        var strict = ObservationMemo.For(new LoaderOptions { MaxStringLength = 3 });

        Assert.NotSame(lenient, strict);
        Assert.Null(strict.Observation(entry, Colon(entry), 0));
    }

    [Fact]
    public void For_SameOptions_SameMemo()
    {
        var options = new LoaderOptions();

        Assert.Same(ObservationMemo.For(options), ObservationMemo.For(options));
    }

    [Fact]
    public void Recent_TextStartsWithAnEntrySeenAtThatPosition_ItsObservationAndLength()
    {
        var memo = ObservationMemo.For(new LoaderOptions());
        var kept = memo.Observation(MetEntry, Colon(MetEntry), 3);
        byte[] text = [.. MetEntry, .. TestFiles.Utf8(", \"t1.2\": {\"met\": false}}")];

        Assert.Same(kept, memo.Recent(text, 3, out var length));
        Assert.Equal(MetEntry.Length, length);
        Assert.Null(memo.Recent(text, 4, out _));
        Assert.Null(memo.Recent(TestFiles.Utf8("\"t1.1\": {\"met\": false}"), 3, out _));
        Assert.Null(memo.Recent(MetEntry.AsSpan(0, MetEntry.Length - 1), 3, out _));
    }

    [Fact]
    public void Recent_MoreAnswersThanPlaces_LatestStillFound()
    {
        var memo = ObservationMemo.For(new LoaderOptions());
        var entries = Enumerable.Range(0, 10).Select(static n => TestFiles.Utf8($"\"t1\": {{\"missing\": {n}}}")).ToList();
        var observations = entries.ConvertAll(entry => memo.Observation(entry, Colon(entry), 0));

        Assert.Same(observations[^1], memo.Recent(entries[^1], 0, out _));
        Assert.All(entries, (entry, n) => Assert.Same(observations[n], memo.Observation(entry, Colon(entry), 0)));
    }

    [Fact]
    public void Recent_EntriesOfAnyLength_FoundExactlyWhenTheTextStartsWithOne() =>
        Gen.Select(Gen.Char["ab 考\"\\"].Array[0, 30].Array[1, 4], Gen.Int[0, 511], Gen.Int[0, 3], Gen.Int[0, 200], Gen.Byte)
            .Sample(static (notes, position, suffix, cut, replacement) =>
            {
                var memo = ObservationMemo.For(new LoaderOptions());
                // Up to 128 bytes: the memo keeps no longer entries.
                var entries = notes
                    .Select(static note => TestFiles.Utf8("\"t1\": " + JsonSerializer.Serialize(new Dictionary<string, string> { ["n"] = new string(note) }, Relaxed)))
                    .Where(static entry => entry.Length <= 128)
                    .DistinctBy(Convert.ToHexString)
                    .ToList();
                var observations = entries.ConvertAll(entry => memo.Observation(entry, Colon(entry), position)!);
                byte[] after = suffix switch
                {
                    0 => [],
                    1 => TestFiles.Utf8("}"),
                    2 => TestFiles.Utf8(", \"t2\": {\"met\": true}}"),
                    _ => TestFiles.Utf8(new string(' ', 40) + "}"),
                };

                foreach (var (entry, n) in entries.Select(static (entry, n) => (entry, n)))
                {
                    byte[] whole = [.. entry, .. after];
                    Assert.Same(observations[n], memo.Recent(whole, position, out var length));
                    Assert.Equal(entry.Length, length);

                    // A byte changed or the text cut short, anywhere in the entry or after it.
                    var changed = (byte[])whole.Clone();
                    changed[cut % changed.Length] = replacement;
                    foreach (var text in new[] { changed, whole[..(cut % whole.Length)] })
                    {
                        var expected = entries.FindIndex(e => text.AsSpan().StartsWith(e));
                        Assert.Same(expected < 0 ? null : observations[expected], memo.Recent(text, position, out length));
                        Assert.Equal(expected < 0 ? 0 : entries[expected].Length, length);
                    }
                }
            }, iter: 2_000);

    [Fact]
    public void Text_SameBytes_SameString()
    {
        var memo = ObservationMemo.For(new LoaderOptions());
        var bytes = TestFiles.Utf8("盘龙镇教管中心考核组");

        var first = memo.Text(bytes);

        Assert.Equal("盘龙镇教管中心考核组", first);
        Assert.Same(first, memo.Text(bytes));
        Assert.Equal("盘龙", memo.Text(TestFiles.Utf8("盘龙")));
    }

    private static int Colon(byte[] entry) => Array.IndexOf(entry, (byte)':');
}
