using System.Diagnostics;
using System.Globalization;
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

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    [InlineData("HUP")]
    public async Task Host_SignalledWhileWritingOut_TemporaryFileRemovedTargetUntouched(string signal)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Signals are sent with kill(1); the in-process test above covers the clean-up itself.
        }

        using var folder = new TempFolder();
        var path = folder.File("scores.csv");
        File.WriteAllText(path, "old");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Repo.RubricDll(), "score", Repo.Seed("panlong.rubric.json"), "-", "--format", "csv", "--out", path })
        {
            start.ArgumentList.Add(arg);
        }

        // A guard against a hang, not a timing assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var process = Process.Start(start)!;
        var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(guard.Token), process.StandardError.ReadToEndAsync(guard.Token));

        // Standard input stays open: the run waits for records with its temporary file open.
        while (Directory.GetFiles(folder.Path).Length < 2)
        {
            await Task.Delay(50, guard.Token);
        }

        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(guard.Token);
        }

        await process.WaitForExitAsync(guard.Token);
        await drained;

        Assert.NotEqual(0, process.ExitCode);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }
}

/// <summary>Runs <see cref="OutputTargetInterruptTests"/> alone, after the parallel tests.</summary>
[CollectionDefinition(nameof(OutputTargetInterruptTests), DisableParallelization = true)]
public sealed class RunsAlone;
