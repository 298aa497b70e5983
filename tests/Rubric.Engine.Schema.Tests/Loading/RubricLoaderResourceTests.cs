using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace Rubric.Engine.Schema.Tests;

/// <summary>
/// Work and memory stay proportional to the input (docs/reliability.md, "Time and memory"): each
/// input class of the resource audit is generated at two sizes, four times apart, and loaded. The
/// memory allocated is the main signal (it does not depend on how busy the machine is): it may grow
/// no faster than the input, and stay within a small constant per byte. Time only has to scale,
/// with room for a busy machine; no speed is asserted.
/// </summary>
[Collection(nameof(RubricLoaderResourceTests))]
public sealed class RubricLoaderResourceTests(ITestOutputHelper output)
{
    /// <summary>How many times the larger input is the smaller one.</summary>
    private const int Factor = 4;

    /// <summary>
    /// Bytes allocated per byte of an assessment, at most. The reader, and for a rejected one the
    /// token walk, the parsed document and the explanation of its failing parts, need about 100;
    /// explaining every observation with the JSON Schema needed 800 to 1,000.
    /// </summary>
    private const double MaxAllocatedPerAssessmentByte = 150;

    /// <summary>
    /// Bytes allocated per byte of a rubric or roster, at most. The JSON Schema library allocates
    /// about a kilobyte for each value it checks (freed as it goes: the peak stays small), which
    /// makes 500 to 800 for a document of short values; listing every value's result made 2,000.
    /// </summary>
    private const double MaxAllocatedPerSchemaCheckedByte = 1_200;

    private static readonly RubricLoader Loader = new();

    public static TheoryData<string> Inputs => [.. Generators.Keys];

    private static Dictionary<string, (Func<int, string> Generate, bool Valid)> Generators { get; } = new()
    {
        ["assessment, empty observations"] = (n => Assessment(n, bad: -1), true),
        ["assessment, bad item id first"] = (n => Assessment(n, bad: 0), false),
        ["assessment, bad item id in the middle"] = (n => Assessment(n, bad: n / 2), false),
        ["assessment, bad item id last"] = (n => Assessment(n, bad: n - 1), false),
        ["assessment, impossible date"] = (n => Assessment(n, bad: -1).Replace("\"round\":\"annual\"", "\"round\":\"annual\",\"date\":\"2011-02-30\"", StringComparison.Ordinal), false),
        ["assessment, long notes"] = (n => Assessment(n / 500, bad: -1, note: new string('x', 20_000)), true),
        ["rubric, valid items"] = (n => Rubric(n / 50, static (_, item) => item), true),
        ["rubric, every item's points negative"] = (n => Rubric(n / 50, static (_, item) => item.Replace("\"points\":1,", "\"points\":-1,", StringComparison.Ordinal)), false),
        ["rubric, every item's loss over its points"] = (n => Rubric(n / 50, static (_, item) => item.Replace("\"loss\":1", "\"loss\":2", StringComparison.Ordinal)), false),
        ["rubric, every item with an unknown member"] = (n => Rubric(n / 50, static (_, item) => item.Replace("{\"id\"", "{\"Points\":1,\"id\"", StringComparison.Ordinal)), false),
        ["rubric, every item id the same"] = (n => Rubric(n / 50, static (i, item) => item.Replace(string.Create(CultureInfo.InvariantCulture, $"\"id\":\"i{i:D6}\""), "\"id\":\"same\"", StringComparison.Ordinal)), false),
        ["rubric, numbers for tasks"] = (n => RubricShell(1, "\"tasks\":[" + string.Join(',', Enumerable.Repeat("0", n)) + "]"), false),
        ["rubric, many evidence strings"] = (n => Rubric(1, (_, item) => item.Replace("\"rule\"", "\"evidence\":[" + string.Join(',', Enumerable.Repeat("\"a\"", n)) + "],\"rule\"", StringComparison.Ordinal)), true),
        ["rubric, evidence with one empty text last"] = (n => Rubric(1, (_, item) => item.Replace("\"rule\"", "\"evidence\":[" + string.Join(',', Enumerable.Repeat("\"a\"", n)) + ",\"\"],\"rule\"", StringComparison.Ordinal)), false),
        ["rubric, one method repeated"] = (n => Rubric(1, (_, item) => item.Replace("\"rule\"", "\"methods\":[" + string.Join(',', Enumerable.Repeat("\"look\"", n)) + "],\"rule\"", StringComparison.Ordinal)), false),
        ["rubric, deep arrays"] = (n => RubricShell(1, "\"tasks\":[],\"x\":[" + string.Join(',', Enumerable.Repeat(new string('[', 60) + new string(']', 60), n / 60)) + "]"), false),
        ["rubric, long texts"] = (n => Rubric(Math.Max(1, n / 2_000), static (_, item) => item.Replace("\"text\":\"item\"", "\"text\":\"" + new string('盘', 50_000) + "\"", StringComparison.Ordinal)), true),
        ["roster, staff members"] = (n => Roster(n / 4, static i => string.Create(CultureInfo.InvariantCulture, $"s-{i:D6}")), true),
        ["roster, every staff member's id bad"] = (n => Roster(n / 4, static i => string.Create(CultureInfo.InvariantCulture, $"s {i:D6}")), false),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parse_InputFourTimesLarger_AllocatesAndTakesAtMostProportionallyMore(string input)
    {
        var (generate, valid) = Generators[input];
        var small = Encoding.UTF8.GetBytes(generate(20_000));
        var large = Encoding.UTF8.GetBytes(generate(20_000 * Factor));

        // Also the warm-up (the code compiled, the schemas built): the input is what its name says.
        var diagnostics = Load(small);
        Assert.True(valid ? !diagnostics.Any(static d => d.IsError) : diagnostics.Any(static d => d.IsError && d.Line > 0), string.Join(Environment.NewLine, diagnostics.Take(3)));

        var (smallBytes, smallTime) = Measure(small);
        var (largeBytes, largeTime) = Measure(large);

        var perByte = (double)largeBytes / large.Length;
        var growth = (double)largeBytes / smallBytes;
        // Below 50 ms, the timer, one collection or one preemption decide more than the work does.
        var timeGrowth = largeTime.TotalMilliseconds / Math.Max(smallTime.TotalMilliseconds, 50);
        var report = string.Create(CultureInfo.InvariantCulture, $"{input}: {small.Length:N0} bytes -> {smallBytes:N0} allocated, {smallTime.TotalMilliseconds:F0} ms; {large.Length:N0} bytes -> {largeBytes:N0} allocated ({perByte:F1} per byte), {largeTime.TotalMilliseconds:F0} ms");
        output.WriteLine(report);
        Assert.True(perByte <= (RubricLoader.Detect(large) == DocumentKind.Assessment ? MaxAllocatedPerAssessmentByte : MaxAllocatedPerSchemaCheckedByte), report);
        Assert.True(growth <= 1.5 * large.Length / small.Length, report);
        Assert.True(timeGrowth <= 3.0 * large.Length / small.Length, report);
    }

    /// <summary>The bytes allocated by one load (they do not vary), and the shortest of three times.</summary>
    private static (long Bytes, TimeSpan Time) Measure(byte[] input)
    {
        var bytes = long.MaxValue;
        var time = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            Load(input);
            clock.Stop();
            bytes = Math.Min(bytes, GC.GetAllocatedBytesForCurrentThread() - before);
            time = clock.Elapsed < time ? clock.Elapsed : time;
        }

        return (bytes, time);
    }

    private static IReadOnlyList<Diagnostic> Load(byte[] input) => RubricLoader.Detect(input) switch
    {
        DocumentKind.Assessment => Loader.ParseAssessment(input).Diagnostics,
        DocumentKind.Roster => Loader.ParseRoster(input).Diagnostics,
        _ => Loader.ParseRubric(input).Diagnostics,
    };

    private static string Assessment(int observations, int bad, string? note = null)
    {
        var text = new StringBuilder("{\"formatVersion\":1,\"rubric\":\"r\",\"unit\":{\"id\":\"school-01\"},\"round\":\"annual\",\"assessor\":{");
        for (var i = 0; i < observations; i++)
        {
            text.Append(i == 0 ? "\"" : ",\"").Append(i == bad ? "i " : "i").Append(i.ToString("D6", CultureInfo.InvariantCulture))
                .Append(note is null ? "\":{}" : "\":{\"met\":true,\"note\":\"" + note + "\"}");
        }

        return text.Append("}}").ToString();
    }

    /// <summary>One task of stages of 50 items each, every item a flat rule of 1 point, each passed through <paramref name="change"/>.</summary>
    private static string Rubric(int items, Func<int, string, string> change)
    {
        var stages = new List<string>();
        for (var s = 0; s * 50 < items; s++)
        {
            var count = Math.Min(50, items - (s * 50));
            var list = Enumerable.Range(s * 50, count).Select(i => change(i, string.Create(CultureInfo.InvariantCulture, $"{{\"id\":\"i{i:D6}\",\"number\":{i + 1},\"points\":1,\"text\":\"item\",\"rule\":{{\"kind\":\"flat\",\"loss\":1}}}}")));
            stages.Add(string.Create(CultureInfo.InvariantCulture, $"{{\"id\":\"s{s:D4}\",\"text\":\"stage\",\"points\":{count},\"items\":[{string.Join(',', list)}]}}"));
        }

        return RubricShell(items, string.Create(CultureInfo.InvariantCulture, $"\"tasks\":[{{\"id\":\"t1\",\"text\":\"task\",\"points\":{items},\"stages\":[{string.Join(',', stages)}]}}]"));
    }

    private static string Roster(int staff, Func<int, string> id) =>
        "{\"formatVersion\":1,\"bodies\":[{\"id\":\"c\",\"name\":\"centre\",\"kind\":\"centre\",\"units\":[{\"id\":\"s\",\"name\":\"school\",\"kind\":\"school\",\"staff\":["
        + string.Join(',', Enumerable.Range(0, staff).Select(i => "{\"id\":\"" + id(i) + "\",\"name\":\"teacher\"}")) + "]}]}]}";

    private static string RubricShell(int points, string tasks) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"formatVersion\":1,\"id\":\"r\",\"title\":\"generated\",\"unitKind\":\"school\",\"points\":{points},{tasks}}}");
}

/// <summary>Runs <see cref="RubricLoaderResourceTests"/> alone, after the parallel tests, so that the times measured are their own.</summary>
[CollectionDefinition(nameof(RubricLoaderResourceTests), DisableParallelization = true)]
public sealed class RunsAlone;
