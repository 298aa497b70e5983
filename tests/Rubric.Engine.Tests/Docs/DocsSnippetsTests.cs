using System.Text.RegularExpressions;

namespace Rubric.Engine.Tests.Docs;

public partial class DocsSnippetsTests
{
    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (Match match in SnippetMarker().Matches(File.ReadAllText(GuidePath())))
        {
            data.Add(match.Groups[1].Value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void IntegratorsGuide_Snippet_MatchesCompiledSample(string name)
    {
        var guide = File.ReadAllText(GuidePath()).ReplaceLineEndings("\n");
        var block = Regex.Match(guide, $"<!-- snippet: {Regex.Escape(name)} -->\n```csharp\n(.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, $"The guide has no csharp block after the '{name}' marker.");

        var source = File.ReadAllText(Path.Combine(RepoRoot(), "tests/Rubric.Engine.Tests/Docs/IntegratorsGuideSamples.cs")).ReplaceLineEndings("\n");
        var region = Regex.Match(source, $"#region snippet: {Regex.Escape(name)}\n(.*?)\n\\s*#endregion", RegexOptions.Singleline);
        Assert.True(region.Success, $"IntegratorsGuideSamples.cs has no region '{name}'.");

        Assert.Equal(Dedent(region.Groups[1].Value), Dedent(block.Groups[1].Value));
    }

    [Fact]
    public void IntegratorsGuide_Snippets_AreAllPresent()
    {
        var names = SnippetMarker().Matches(File.ReadAllText(GuidePath())).Select(m => m.Groups[1].Value).ToArray();

        Assert.Equal(["score-without-container", "dependency-injection", "custom-rule-kind", "register-custom-rule-kind", "rule-kind-from-json", "custom-step", "reading-explanations"], names);
    }

    private static string Dedent(string code)
    {
        var lines = code.TrimEnd().Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    private static string GuidePath() => Path.Combine(RepoRoot(), "docs/integrators-guide.md");

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Rubric.Engine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Rubric.Engine.sln not found above the test assembly.");
    }

    [GeneratedRegex("<!-- snippet: ([a-z-]+) -->")]
    private static partial Regex SnippetMarker();
}
