using System.Diagnostics;

namespace Rubric.Engine.Schema.Tests;

public sealed class DocumentFilesTests : IDisposable
{
    private static readonly LoaderOptions Small = new() { MaxFileBytes = 1024 };
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rubric-files-" + Guid.NewGuid().ToString("N"));

    public DocumentFilesTests()
    {
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public void TryRead_SmallFile_ReturnsItsBytes()
    {
        var path = Write("a.json", "{\"a\":1}");

        Assert.True(DocumentFiles.TryRead(path, Small, out var bytes, out var problem));
        Assert.Null(problem);
        Assert.Equal("{\"a\":1}"u8.ToArray(), bytes.ToArray());
    }

    [Fact]
    public void TryRead_Folder_FileLevelDiagnosticNamingIt()
    {
        Assert.False(DocumentFiles.TryRead(_folder, Small, out _, out var problem));

        Assert.Equal((DiagnosticCodes.FileUnreadable, _folder, 0), (problem.Code, problem.File, problem.Line));
        Assert.Contains("folder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_Missing_FileUnreadable()
    {
        var path = Path.Combine(_folder, "gone.json");

        Assert.False(DocumentFiles.TryRead(path, Small, out _, out var problem));

        Assert.Equal((DiagnosticCodes.FileUnreadable, path), (problem.Code, problem.File));
    }

    [Fact]
    public void TryRead_LargerThanTheLimit_FileTooLargeWithoutReadingIt()
    {
        var path = Write("big.json", new string(' ', 2000));

        Assert.False(DocumentFiles.TryRead(path, Small, out _, out var problem));

        Assert.Equal(DiagnosticCodes.FileTooLarge, problem.Code);
        Assert.Contains("2000 bytes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_EndlessDevice_StopsAtTheLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // No endless device on this system (Windows); the bounded read is covered by the JSON Lines tests.
        }

        Assert.False(DocumentFiles.TryRead("/dev/zero", Small, out _, out var problem));

        Assert.Equal((DiagnosticCodes.FileTooLarge, "/dev/zero"), (problem.Code, problem.File));
    }

    [Fact]
    public async Task TryRead_FifoWithoutWriter_ReadsAsEmptyInsteadOfBlocking()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // The non-blocking open is Linux-only (docs/reliability.md).
        }

        var path = Path.Combine(_folder, "fifo.json");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
        }

        // The guard only keeps a regression from hanging the test run; it asserts nothing about time.
        var read = await Task.Run(() => (DocumentFiles.TryRead(path, Small, out var bytes, out var problem), bytes.Length, problem)).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal((true, 0, null), read);
        Assert.Equal(DiagnosticCodes.EmptyDocument, Assert.Single(new RubricLoader(Small).LoadRubric(path).Diagnostics).Code);
    }

    [Fact]
    public void TryOpenStream_Folder_FileLevelDiagnostic()
    {
        Assert.False(DocumentFiles.TryOpenStream(_folder, Small, out var stream, out var problem));

        Assert.Null(stream);
        Assert.Equal(DiagnosticCodes.FileUnreadable, problem.Code);
    }

    [Fact]
    public void TryOpenStream_FileLargerThanTheLimit_StillOpenedForLineByLineReading()
    {
        var path = Write("batch.jsonl", new string('\n', 4000));

        Assert.True(DocumentFiles.TryOpenStream(path, Small, out var stream, out _));
        using (stream)
        {
            Assert.Equal(4000, stream.Length);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
