using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Rubric.Cli.Output;
using Rubric.Cli.Tests.Output;
using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests;

/// <summary>
/// The built host sent SIGINT, SIGTERM and SIGHUP while it reads, scores and writes: every time a
/// clean exit (128 + the signal's number, one line saying so, no stack trace), and the target of
/// --out either as it was or complete, with no temporary file left. Linux only (kill(1)).
/// </summary>
[Collection(nameof(OutputTargetInterruptTests))]
public sealed class InterruptionTests
{
    public static TheoryData<string> Signals() => new("INT", "TERM", "HUP");

    [Theory]
    [InlineData(PosixSignal.SIGINT, 130)]
    [InlineData(PosixSignal.SIGTERM, 143)]
    [InlineData(PosixSignal.SIGHUP, 129)]
    public void ExitCode_Signal_128PlusItsNumber(PosixSignal signal, int expected)
    {
        Assert.Equal(expected, Interruption.ExitCode(signal));
    }

    [Fact]
    public void Describe_TargetKept_NamesItEscaped()
    {
        Assert.Equal("rubric: interrupted by SIGTERM; out\\n.csv was left as before.", Interruption.Describe(PosixSignal.SIGTERM, ["out\n.csv"]));
        Assert.Equal("rubric: interrupted by SIGINT.", Interruption.Describe(PosixSignal.SIGINT, []));
    }

    [Theory]
    [MemberData(nameof(Signals))]
    public Task Host_SignalWhileReading_CleanExitAndTargetUntouched(string signal) =>
        SignalAndCheck(signal, static async (folder, _, cancellation) =>
        {
            // Standard input stays open and empty: the run waits for records with its temporary file open.
            while (Directory.GetFiles(folder.Path).Length < 2)
            {
                await Task.Delay(20, cancellation);
            }
        });

    [Theory]
    [MemberData(nameof(Signals))]
    public Task Host_SignalWhileScoringAndWriting_CleanExitAndTargetUntouched(string signal) =>
        SignalAndCheck(signal, static async (folder, host, cancellation) =>
        {
            // Records keep coming until scorecards have reached the temporary file: the run is in the
            // middle of reading, scoring and writing at once when the signal arrives.
            var batch = await File.ReadAllTextAsync(Repo.Seed("batch.jsonl"), cancellation);
            string? temp = null;
            while (temp is null || new FileInfo(temp).Length == 0)
            {
                await host.Input.WriteAsync(batch.AsMemory(), cancellation);
                await host.Input.FlushAsync(cancellation);
                temp = Directory.GetFiles(folder.Path, ".scores.json.*.tmp").FirstOrDefault();
            }
        });

    /// <summary>
    /// A large <c>--format json --explain</c> run from a file, signalled at points spread from
    /// loading the rubric to the move of the finished file: the target is the old one or the
    /// complete new one, never anything between.
    /// </summary>
    [Theory]
    [MemberData(nameof(Signals))]
    public async Task Host_SignalDuringLargeRun_TargetOldOrComplete(string signal)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        var input = folder.File("big.jsonl");
        var batch = await File.ReadAllTextAsync(Repo.Seed("batch.jsonl"));
        await File.WriteAllTextAsync(input, string.Concat(Enumerable.Repeat(batch, 500)));
        var reference = folder.File("reference.json");
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        var clock = Stopwatch.StartNew();
        using (var complete = Host.Start(reference, input))
        {
            Assert.Equal(0, (await complete.Finish(guard.Token)).ExitCode);
        }

        var whole = clock.Elapsed;
        var expected = Hash(reference);
        var path = folder.File("scores.json");
        var outcomes = new List<string>();
        foreach (var share in new[] { 0.05, 0.35, 0.7, 0.95, 1.1 })
        {
            File.WriteAllText(path, "old");
            using var host = Host.Start(path, input);
            await Task.Delay(whole * share, guard.Token);
            var run = await host.Signal(signal, guard.Token);

            Assert.DoesNotContain("Unhandled", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            if (run.ExitCode == 0)
            {
                outcomes.Add("finished");
                Assert.Equal(expected, Hash(path));
            }
            else
            {
                Assert.Equal(Interruption.ExitCode(Parse(signal)), run.ExitCode);
                var old = new FileInfo(path).Length == 3 && File.ReadAllText(path) == "old";
                outcomes.Add(old ? "old" : "complete");
                Assert.True(old || Hash(path).SequenceEqual(expected), $"after {share:P0}: the target is neither the old file nor the complete one");

                // Only a signal that arrives while the runtime is still starting, before the host
                // has installed its handlers, or after the run has finished and said so, while the
                // process ends, ends it the default way: same code, no line.
                var finished = !old && run.Error.Contains("rubric score: read", StringComparison.Ordinal);
                Assert.True(run.Error.Contains("rubric: interrupted by SIG" + signal, StringComparison.Ordinal) || (old && run.Error.Length == 0) || finished, run.Error);
            }

            Assert.Equal([input, reference, path], Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal).ToArray());
        }

        // At least one signal met the run before its end, so the test did not only see finished runs.
        Assert.Contains("old", outcomes);
    }

    /// <summary>Runs the host on standard input with an old --out target, waits for the phase, signals, and checks the exit.</summary>
    private static async Task SignalAndCheck(string signal, Func<TempFolder, Host, CancellationToken, Task> untilPhase)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Signals are sent with kill(1).
        }

        using var folder = new TempFolder();
        var path = folder.File("scores.json");
        File.WriteAllText(path, "old");

        // A guard against a hang, not a timing assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var host = Host.Start(path, "-");
        await untilPhase(folder, host, guard.Token);

        var run = await host.Signal(signal, guard.Token);

        AssertInterrupted(run, signal, path);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    private static void AssertInterrupted(CliRun run, string signal, string path)
    {
        Assert.Equal(Interruption.ExitCode(Parse(signal)), run.ExitCode);
        Assert.Contains($"rubric: interrupted by SIG{signal}; {path} was left as before.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    private static PosixSignal Parse(string signal) => signal switch
    {
        "INT" => PosixSignal.SIGINT,
        "TERM" => PosixSignal.SIGTERM,
        _ => PosixSignal.SIGHUP,
    };

    private static byte[] Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return SHA256.HashData(stream);
    }

    /// <summary><c>rubric score seeds/panlong.rubric.json INPUT --format json --explain --out PATH</c> as a process.</summary>
    private sealed class Host : IDisposable
    {
        private readonly Process _process;
        private readonly Task<string> _out;
        private readonly Task<string> _error;

        private Host(Process process)
        {
            _process = process;
            _out = process.StandardOutput.ReadToEndAsync();
            _error = process.StandardError.ReadToEndAsync();
        }

        public StreamWriter Input => _process.StandardInput;

        public static Host Start(string outPath, string input)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { Repo.RubricDll(), "score", Repo.Seed("panlong.rubric.json"), input, "--format", "json", "--explain", "--out", outPath })
            {
                start.ArgumentList.Add(arg);
            }

            return new Host(Process.Start(start)!);
        }

        public async Task<CliRun> Signal(string signal, CancellationToken cancellation)
        {
            using (var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(cancellation);
            }

            return await Finish(cancellation);
        }

        public async Task<CliRun> Finish(CancellationToken cancellation)
        {
            await _process.WaitForExitAsync(cancellation);
            return new CliRun(_process.ExitCode, await _out, await _error);
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }

            _process.Dispose();
        }
    }
}
