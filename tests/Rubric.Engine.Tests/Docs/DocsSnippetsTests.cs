using System.Text.RegularExpressions;

namespace Rubric.Engine.Tests.Docs;

public partial class DocsSnippetsTests
{
    /// <summary>The documents whose code blocks are compiled and run; their regions live in the .cs files of this folder.</summary>
    private static readonly string[] Documents = ["docs/integrators-guide.md", "docs/awards.md"];

    public static TheoryData<string, string> Snippets()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in Documents)
        {
            foreach (Match match in SnippetMarker().Matches(File.ReadAllText(Path.Combine(RepoRoot(), document))))
            {
                data.Add(document, match.Groups[1].Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_InDocument_MatchesCompiledSample(string document, string name)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), document)).ReplaceLineEndings("\n");
        var block = Regex.Match(text, $"<!-- snippet: {Regex.Escape(name)} -->\n```csharp\n(.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, $"{document} has no csharp block after the '{name}' marker.");

        var regions = Directory.GetFiles(Path.Combine(RepoRoot(), "tests/Rubric.Engine.Tests/Docs"), "*.cs")
            .Select(file => Regex.Match(File.ReadAllText(file).ReplaceLineEndings("\n"), $"#region snippet: {Regex.Escape(name)}\n(.*?)\n\\s*#endregion", RegexOptions.Singleline))
            .Where(static match => match.Success)
            .ToArray();
        var region = Assert.Single(regions);

        Assert.Equal(Dedent(region.Groups[1].Value), Dedent(block.Groups[1].Value));
    }

    [Fact]
    public void IntegratorsGuide_Snippets_AreAllPresent()
    {
        Assert.Equal(
            ["score-without-container", "dependency-injection", "custom-rule-kind", "register-custom-rule-kind", "rule-kind-from-json", "custom-step", "reading-explanations",
             "rubric-builder", "observations", "assessment-from-user-data", "write-assessments"],
            SnippetNames("docs/integrators-guide.md"));
    }

    [Fact]
    public void Awards_Snippets_AreAllPresent() =>
        Assert.Equal(["award-calculator", "plan-awards", "award-roster", "award-policy", "calculate-awards"], SnippetNames("docs/awards.md"));

    [Theory]
    [MemberData(nameof(DocumentNames))]
    public void CodeBlocks_InDocument_AreAllSnippets(string document)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), document)).ReplaceLineEndings("\n");
        var unmarked = Regex.Count(text, "(?<!-->\n)```csharp\n");

        Assert.True(unmarked == 0, $"{document} has {unmarked} csharp block(s) without a '<!-- snippet: NAME -->' marker, which the tests would not run.");
    }

    public static TheoryData<string> DocumentNames() => [.. Documents];

    private static string[] SnippetNames(string document) =>
        [.. SnippetMarker().Matches(File.ReadAllText(Path.Combine(RepoRoot(), document))).Select(static m => m.Groups[1].Value)];

    private static string Dedent(string code)
    {
        var lines = code.TrimEnd().Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    internal static string RepoRoot()
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
