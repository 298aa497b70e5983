using System.Diagnostics;
using Rubric.Cli.Output;
using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Output;

public class OutputTargetTests
{
    [Fact]
    public void Commit_ExistingFile_ReplacedAndNoTemporaryFileLeft()
    {
        using var folder = new TempFolder();
        var path = folder.File("scores.csv");
        File.WriteAllText(path, "old");

        using (var target = OutputTarget.Open(path, TextWriter.Null))
        {
            target.Writer.Write("new,数据");
            Assert.Equal("old", File.ReadAllText(path));
            target.Commit();
        }

        Assert.Equal("new,数据", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Dispose_WithoutCommit_OldFileKeptAndTemporaryFileRemoved()
    {
        using var folder = new TempFolder();
        var path = folder.File("scores.csv");
        File.WriteAllText(path, "old");

        using (var target = OutputTarget.Open(path, TextWriter.Null))
        {
            target.Writer.Write("half a file");
            Assert.Equal(2, Directory.GetFiles(folder.Path).Length);
        }

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Open_MissingFolder_UserDataError()
    {
        var error = Assert.Throws<UserDataException>(() => OutputTarget.Open(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "x.csv"), TextWriter.Null));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoPath_WritesToStandardOutput()
    {
        var stdout = new StringWriter();
        using (var target = OutputTarget.Open(null, stdout))
        {
            target.Writer.Write("to stdout");
            target.Commit();
            Assert.False(target.IsFile);
        }

        Assert.Equal("to stdout", stdout.ToString());
    }

    [Fact]
    public void Commit_DevNull_WrittenThroughAndTheDeviceKept()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Telling a device from a file needs statx; elsewhere a device counts as a file.
        }

        using (var target = OutputTarget.Open("/dev/null", TextWriter.Null))
        {
            target.Writer.Write("discarded");
            target.Commit();
        }

        Assert.Equal(PathKind.CharacterDevice, PathKinds.Of("/dev/null"));
        Assert.Empty(Directory.GetFiles("/dev", ".null.*.tmp"));
    }

    [Fact]
    public async Task Commit_Fifo_WrittenThroughToTheReaderAndTheFifoKept()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo and statx.
        }

        using var folder = new TempFolder();
        var path = folder.File("scores.pipe");
        MakeFifo(path);

        // A guard against a hang, not a timing assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var reader = Task.Run(() => File.ReadAllTextAsync(path, guard.Token), guard.Token);
        using (var target = OutputTarget.Open(path, TextWriter.Null))
        {
            target.Writer.Write("through the pipe 管道");
            target.Commit();
        }

        Assert.Equal("through the pipe 管道", await reader);
        Assert.Equal(PathKind.Fifo, PathKinds.Of(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Commit_SymbolicLink_FileItLeadsToReplacedAndTheLinkKept()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("reports"));
        var real = folder.File(Path.Combine("reports", "scores.csv"));
        File.WriteAllText(real, "old");
        var link = folder.File("latest.csv");
        File.CreateSymbolicLink(link, Path.Combine("reports", "scores.csv"));

        using (var target = OutputTarget.Open(link, TextWriter.Null))
        {
            target.Writer.Write("new");
            target.Commit();
        }

        Assert.Equal("new", File.ReadAllText(real));
        Assert.Equal(Path.Combine("reports", "scores.csv"), new FileInfo(link).LinkTarget);
        Assert.Equal([real], Directory.GetFiles(folder.File("reports")));
    }

    [Fact]
    public void Commit_DanglingSymbolicLink_FileItNamesCreated()
    {
        using var folder = new TempFolder();
        var link = folder.File("latest.csv");
        File.CreateSymbolicLink(link, folder.File("scores.csv"));

        using (var target = OutputTarget.Open(link, TextWriter.Null))
        {
            target.Writer.Write("new");
            target.Commit();
        }

        Assert.Equal("new", File.ReadAllText(folder.File("scores.csv")));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void Open_SymbolicLinkLoop_UserDataError()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(folder.File("a.csv"), folder.File("b.csv"));
        File.CreateSymbolicLink(folder.File("b.csv"), folder.File("a.csv"));

        var error = Assert.Throws<UserDataException>(() => OutputTarget.Open(folder.File("a.csv"), TextWriter.Null));

        Assert.Contains("symbolic links loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Folder_UserDataError()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<UserDataException>(() => OutputTarget.Open(folder.Path, TextWriter.Null));

        Assert.Contains("this is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commit_ExistingFileReadableByOwnerOnly_PermissionsKept()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions.
        }

        using var folder = new TempFolder();
        var path = folder.File("scores.csv");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        using (var target = OutputTarget.Open(path, TextWriter.Null))
        {
            target.Writer.Write("new");
            target.Commit();
        }

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
