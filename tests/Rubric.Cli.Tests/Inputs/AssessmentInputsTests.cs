using Rubric.Cli.Inputs;
using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Inputs;

public class AssessmentInputsTests
{
    [Fact]
    public void Expand_Folder_EveryJsonInsideSortedOrdinally()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "b.json", "a.json", "B.json", "notes.txt" })
        {
            File.WriteAllText(folder.File(name), "{}");
        }

        var files = AssessmentInputs.Expand([folder.Path, "-"]);

        Assert.Equal([folder.File("B.json"), folder.File("a.json"), folder.File("b.json"), "-"], files);
    }

    [Fact]
    public void Expand_MissingPath_UserError() =>
        Assert.Contains("no such file or folder", Assert.Throws<UserDataException>(() => AssessmentInputs.Expand(["nowhere.json"])).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("-", true)]
    [InlineData("batch.jsonl", true)]
    [InlineData("BATCH.JSONL", true)]
    [InlineData("a.assessment.json", false)]
    public void IsJsonLines_ByExtensionOrStdin(string path, bool expected) => Assert.Equal(expected, AssessmentInputs.IsJsonLines(path));
}
