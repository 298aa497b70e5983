using System.Diagnostics;
using System.Text;
using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Commands;

/// <summary>
/// Hostile files through <c>rubric validate</c> and <c>rubric score</c> (as an input and as the
/// rubric): each must end with exit code 1, a diagnostic naming the file and no stack trace.
/// The files are generated here at a moderate size (20 MB, 10,000-deep, 2 million elements);
/// <c>docs/reliability.md</c> lists the full-size audit (100 MB, 100,000-deep, 10 million).
/// </summary>
public sealed class CliHostileInputTests : IClassFixture<CliHostileInputTests.HostileFiles>
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private readonly HostileFiles _files;

    public CliHostileInputTests(HostileFiles files)
    {
        _files = files;
    }

    public static TheoryData<string> Cases => [.. HostileFiles.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validate_HostileFile_ExitOneNamingTheFile(string name)
    {
        var path = _files.Path(name);

        var run = await InProcess(["validate", path]);

        AssertRejected(run, path);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Score_HostileInput_ExitOneNamingTheFile(string name)
    {
        var path = _files.Path(name);

        var run = await InProcess(["score", Repo.Seed("panlong.rubric.json"), path, "--format", "csv"]);

        AssertRejected(run, path);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Score_HostileRubric_ExitOneNamingTheFile(string name)
    {
        var path = _files.Path(name);

        var run = await InProcess(["score", path, Repo.Seed("assessments", "school-01.assessment.json")]);

        AssertRejected(run, path);
    }

    [Fact]
    public void Validate_EndlessDeviceAndFifoInSeparateProcess_ExitOneNoStackTrace()
    {
        var paths = new[] { "endless.json", "endless.jsonl", "fifo.json", "fifo.jsonl", "big.json" }
            .Where(HostileFiles.Names.Contains)
            .Select(_files.Path)
            .ToArray();

        var run = RubricProcess.Run(null, ["validate", .. paths]);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.All(paths, p => Assert.Contains(p, run.Out, StringComparison.Ordinal));
        Assert.Contains($"{paths.Length} file(s), 0 valid, {paths.Length} invalid", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_OutNamesSpecialFiles_WrittenThroughFollowedOrRefusedNeverReplaced()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // statx and mkfifo.
        }

        using var folder = new TempFolder();
        string[] score = ["score", Repo.Seed("panlong.rubric.json"), Repo.Seed("assessments"), "--format", "csv", "--out"];

        var toNull = await InProcess([.. score, "/dev/null"]);

        var fifo = folder.File("scores.pipe");
        Output.OutputTargetTests.MakeFifo(fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var toFifo = await InProcess([.. score, fifo]);
        var piped = await reader.WaitAsync(HangGuard);

        File.WriteAllText(folder.File("real.csv"), "old");
        File.CreateSymbolicLink(folder.File("link.csv"), "real.csv");
        var toLink = await InProcess([.. score, folder.File("link.csv")]);

        var toFolder = await InProcess([.. score, folder.Path]);

        Assert.Equal((0, 0, 0, 1), (toNull.ExitCode, toFifo.ExitCode, toLink.ExitCode, toFolder.ExitCode));
        Assert.Equal(Rubric.Cli.Output.PathKind.CharacterDevice, Rubric.Cli.Output.PathKinds.Of("/dev/null"));
        Assert.StartsWith("unit,name,", piped, StringComparison.Ordinal);
        Assert.Equal(Rubric.Cli.Output.PathKind.Fifo, Rubric.Cli.Output.PathKinds.Of(fifo));
        Assert.Equal(piped, File.ReadAllText(folder.File("real.csv")));
        Assert.Equal("real.csv", new FileInfo(folder.File("link.csv")).LinkTarget);
        Assert.Contains("this is a folder", toFolder.Error, StringComparison.Ordinal);
        Assert.Equal(["link.csv", "real.csv", "scores.pipe"], Directory.GetFileSystemEntries(folder.Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static void AssertRejected(CliRun run, string path)
    {
        var all = run.Out + run.Error;
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path, all, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.All(all.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'), static line => Assert.False(Engine.DisplayText.NeedsEscaping(line), line));
    }

    private static async Task<CliRun> InProcess(string[] args)
    {
        // Not a timing assertion: a generous guard so that a hang fails the test instead of the run.
        var run = Task.Run(() => CliRun.Invoke(args));
        return await run.WaitAsync(HangGuard);
    }

    /// <summary>The generated files, made once for the class and deleted after it.</summary>
    public sealed class HostileFiles : IDisposable
    {
        private readonly TempFolder _folder = new();

        public HostileFiles()
        {
            Write("big.json", Wrapped("{\"a\":\"", 20 * 1024 * 1024, (byte)'x', "\"}"));
            Write("deep-arrays.json", Repeat("[", 10_000) + Repeat("]", 10_000));
            Write("deep-objects.json", Repeat("{\"a\":", 10_000) + "1" + Repeat("}", 10_000));
            Write("two-million-elements.json", "[" + Repeat("0,", 2_000_000) + "0]");
            Write("long-string.json", Wrapped("{\"tasks\":\"", 5 * 1024 * 1024, (byte)'y', "\"}"));
            Write("nul.json", new byte[1024 * 1024]);
            Write("empty.json", []);
            Write("garbage.json", Garbage(4096));
            Write("utf16.json", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"tasks\":[]}")).ToArray());
            Write("top-array.json", "[1,2]");
            Write("top-null.json", "null");
            Write("nan.json", "{\"tasks\":NaN}");
            Write("huge-number.json", "{\"tasks\":1e400}");
            Write("duplicate.json", "{\"tasks\":1,\"tasks\":2}");
            Write("long-line.jsonl", Wrapped("{\"a\":\"", 20 * 1024 * 1024, (byte)'x', "\"}\n"));
            Write("nul.jsonl", new byte[1024 * 1024]);
            Write("blank.jsonl", "\n \n\t\n");
            Write("id-line-feed.json", File.ReadAllText(Repo.Seed("panlong.rubric.json")).Replace("\"id\": \"t1.1\"", "\"id\": \"t1.1\\n\"", StringComparison.Ordinal));
            Write("id-escape-sequence.jsonl", string.Concat(File.ReadAllLines(Repo.Seed("batch.jsonl")).Select(static l => System.Text.RegularExpressions.Regex.Replace(l, "\"id\": ?\"(school-[0-9]+)\"", "\"id\": \"$1\\u001b[2J\\r\"") + "\n")));
            Directory.CreateDirectory(Path("folder.json"));
            Write("unreadable.json", "{}");
            if (!OperatingSystem.IsWindows())
            {
                // As root the file stays readable; it is then rejected as an unknown document, which still names it.
                File.SetUnixFileMode(Path("unreadable.json"), UnixFileMode.None);
            }

            if (OperatingSystem.IsLinux())
            {
                File.CreateSymbolicLink(Path("endless.json"), "/dev/zero");
                File.CreateSymbolicLink(Path("endless.jsonl"), "/dev/zero");
                MakeFifo(Path("fifo.json"));
                MakeFifo(Path("fifo.jsonl"));
            }
        }

        public static IReadOnlyList<string> Names { get; } = BuildNames();

        public string Path(string name) => _folder.File(name);

        public void Dispose()
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path("unreadable.json"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            _folder.Dispose();
        }

        private static List<string> BuildNames()
        {
            List<string> names =
            [
                "big.json", "deep-arrays.json", "deep-objects.json", "two-million-elements.json", "long-string.json",
                "nul.json", "empty.json", "garbage.json", "utf16.json", "top-array.json", "top-null.json", "nan.json",
                "huge-number.json", "duplicate.json", "long-line.jsonl", "nul.jsonl", "blank.jsonl", "folder.json",
                "unreadable.json", "missing.json", "id-line-feed.json", "id-escape-sequence.jsonl",
            ];
            if (OperatingSystem.IsLinux())
            {
                names.AddRange(["endless.json", "endless.jsonl", "fifo.json", "fifo.jsonl"]);
            }

            return names;
        }

        private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

        private static byte[] Wrapped(string before, int length, byte fill, string after)
        {
            var bytes = new byte[before.Length + length + after.Length];
            Encoding.ASCII.GetBytes(before).CopyTo(bytes, 0);
            bytes.AsSpan(before.Length, length).Fill(fill);
            Encoding.ASCII.GetBytes(after).CopyTo(bytes, before.Length + length);
            return bytes;
        }

        private static byte[] Garbage(int length)
        {
            var bytes = new byte[length];
            new Random(20261125).NextBytes(bytes);
            bytes[0] = 0x95; // never a valid first byte of UTF-8 nor of JSON
            return bytes;
        }

        private static void MakeFifo(string path)
        {
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        private void Write(string name, string text) => File.WriteAllText(Path(name), text, new UTF8Encoding(false));

        private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path(name), bytes);
    }
}
