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
}
