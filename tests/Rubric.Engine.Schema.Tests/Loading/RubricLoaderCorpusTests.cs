using Snapshooter;
using Snapshooter.Xunit;

namespace Rubric.Engine.Schema.Tests;

/// <summary>The malformed corpus: every file yields located errors, and the exact diagnostics are snapshotted per file.</summary>
public sealed class RubricLoaderCorpusTests
{
    private static readonly RubricLoader Loader = new();

    public static TheoryData<string> CorpusFiles() => new(CorpusNames());

    internal static IEnumerable<string> CorpusNames() =>
        Directory.GetFiles(TestFiles.CorpusDirectory, "*.json").Order(StringComparer.Ordinal).Select(static p => Path.GetFileNameWithoutExtension(p));

    [Fact]
    public void Corpus_HasAtLeastFortyMalformedFiles()
    {
        Assert.True(CorpusNames().Count() >= 40);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Parse_MalformedFile_ReportsLocatedErrors(string name)
    {
        var diagnostics = Load(name);

        Assert.Contains(diagnostics, static d => d.IsError);
        Assert.All(diagnostics, d =>
        {
            Assert.Equal(name + ".json", d.File);
            Assert.True(d.Line >= 1, d.ToString());
            Assert.True(d.Column >= 1, d.ToString());
            Assert.DoesNotContain(d.ToString(), static c => DisplayText.NeedsEscaping([c]));
        });
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Parse_MalformedFile_MatchesSnapshot(string name)
    {
        var rendered = Load(name).Select(static d => d.ToString()).ToArray();

        Snapshot.Match(rendered, SnapshotNameExtension.Create(name));
    }

    internal static IReadOnlyList<Diagnostic> Load(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, name + ".json"));
        var file = name + ".json";
        if (name.StartsWith("assessment-", StringComparison.Ordinal))
        {
            var result = Loader.ParseAssessment(bytes, file);
            Assert.False(result.Succeeded);
            return result.Diagnostics;
        }

        if (name.StartsWith("plan-", StringComparison.Ordinal))
        {
            var result = Loader.ParsePlan(bytes, file);
            Assert.False(result.Succeeded);
            return result.Diagnostics;
        }

        if (name.StartsWith("roster-", StringComparison.Ordinal))
        {
            var result = Loader.ParseRoster(bytes, file);
            Assert.False(result.Succeeded);
            return result.Diagnostics;
        }

        var rubric = Loader.ParseRubric(bytes, file);
        Assert.False(rubric.Succeeded);
        return rubric.Diagnostics;
    }
}
