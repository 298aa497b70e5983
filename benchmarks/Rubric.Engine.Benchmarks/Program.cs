using BenchmarkDotNet.Running;
using Rubric.Engine.Benchmarks;

if (args is ["--quick"])
{
    QuickCompare.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
