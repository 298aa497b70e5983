using Rubric.Cli.Output;
using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Output;

/// <summary>
/// <see cref="OutputTarget.Abandon"/>, what a signal runs. It removes every pending temporary
/// file of the process, so it must not run beside tests that are writing their own.
/// </summary>
[Collection(nameof(OutputTargetInterruptTests))]
public sealed class OutputTargetInterruptTests
{
    [Fact]
    public void Abandon_WhileWriting_TemporaryFileRemovedTargetUntouched()
    {
        using var folder = new TempFolder();
        var path = folder.File("awards.md");
        File.WriteAllText(path, "old");
        using var target = OutputTarget.Open(path, TextWriter.Null);
        target.Writer.Write("half a report");
        target.Writer.Flush();

        var kept = OutputTarget.Abandon(143);

        Assert.Equal([path], kept);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Commit_AfterAbandon_ThrowsWithTheExitCodeAndTargetUntouched()
    {
        using var folder = new TempFolder();
        var path = folder.File("scores.json");
        File.WriteAllText(path, "old");
        using var target = OutputTarget.Open(path, TextWriter.Null);
        OutputTarget.Abandon(130);

        // The writer keeps working after the file is gone: nothing was closed under it.
        target.Writer.Write(new string('x', 100_000));
        var error = Assert.Throws<RunInterruptedException>(target.Commit);

        Assert.Equal(130, error.ExitCode);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Abandon_AfterCommit_TargetCompleteAndNotReported()
    {
        using var folder = new TempFolder();
        var path = folder.File("scores.csv");
        using (var target = OutputTarget.Open(path, TextWriter.Null))
        {
            target.Writer.Write("complete");
            target.Commit();
        }

        Assert.Empty(OutputTarget.Abandon(129));
        Assert.Equal("complete", File.ReadAllText(path));
    }
}

/// <summary>Runs <see cref="OutputTargetInterruptTests"/> alone, after the parallel tests.</summary>
[CollectionDefinition(nameof(OutputTargetInterruptTests), DisableParallelization = true)]
public sealed class RunsAlone;
