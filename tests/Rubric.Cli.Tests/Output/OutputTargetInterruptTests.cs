using Rubric.Cli.Output;
using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Output;

/// <summary>
/// <see cref="OutputTarget.DeletePending"/>, what Ctrl-C runs. It removes every pending temporary
/// file of the process, so it must not run beside tests that are writing their own.
/// </summary>
[Collection(nameof(OutputTargetInterruptTests))]
public sealed class OutputTargetInterruptTests
{
    [Fact]
    public void DeletePending_Interrupted_TemporaryFileRemovedTargetUntouched()
    {
        using var folder = new TempFolder();
        var path = folder.File("awards.md");
        File.WriteAllText(path, "old");
        using var target = OutputTarget.Open(path, TextWriter.Null);
        target.Writer.Write("half a report");
        target.Writer.Flush();

        OutputTarget.DeletePending();

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }
}

/// <summary>Runs <see cref="OutputTargetInterruptTests"/> alone, after the parallel tests.</summary>
[CollectionDefinition(nameof(OutputTargetInterruptTests), DisableParallelization = true)]
public sealed class RunsAlone;
