using System.Globalization;
using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Commands;

/// <summary>
/// Every command's output is the same bytes whatever the current culture: Chinese, German (decimal
/// comma), Turkish (dotted and dotless i) and Arabic (its own digits and separators) give what the
/// invariant culture gives.
/// </summary>
public sealed class CliCultureTests
{
    private static readonly string[] Cultures = ["zh-CN", "de-DE", "tr-TR", "ar-SA"];

    public static TheoryData<string> Commands =>
    [
        "validate|{seeds}/panlong.rubric.json|{seeds}/assessments|{seeds}/roster.json|{seeds}/batch.jsonl",
        "validate|{seeds}/panlong.rubric.json|{seeds}/roster.json|--format|json",
        "score|{seeds}/panlong.rubric.json|{seeds}/assessments|{seeds}/batch.jsonl|--explain",
        "score|{seeds}/panlong.rubric.json|{seeds}/assessments|--format|json",
        "score|{seeds}/panlong.rubric.json|{seeds}/assessments|{seeds}/batch.jsonl|--format|csv|--explain|--lang|zh-CN",
        "score|{seeds}/panlong.rubric.json|{seeds}/assessments|--format|markdown|--explain",
        "awards|{seeds}/panlong.rubric.json|{seeds}/roster.json|{seeds}/assessments",
        "awards|{seeds}/panlong.rubric.json|{seeds}/roster.json|{seeds}/assessments|--format|json",
        "awards|{seeds}/panlong.rubric.json|{seeds}/roster.json|{seeds}/assessments|--format|markdown",
        "template|{seeds}/panlong.rubric.json|--format|csv",
        "template|{seeds}/panlong.rubric.json|--format|markdown",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Run_UnderFourCultures_SameBytesAsInvariant(string command)
    {
        var args = command.Replace("{seeds}", Repo.Seeds, StringComparison.Ordinal).Split('|');
        var invariant = InCulture(CultureInfo.InvariantCulture, args);
        Assert.NotEmpty(invariant.Out);

        foreach (var name in Cultures)
        {
            var run = InCulture(CultureInfo.GetCultureInfo(name), args);

            Assert.True(invariant.Out == run.Out, $"{name}: standard output differs from the invariant run.");
            Assert.True(invariant.Error == run.Error, $"{name}: standard error differs from the invariant run.");
            Assert.Equal(invariant.ExitCode, run.ExitCode);
        }
    }

    [Fact]
    public void Cultures_AreReal_GermanHasADecimalComma()
    {
        // Guards the test above: with invariant globalization every culture would format alike and prove nothing.
        Assert.Equal(",", CultureInfo.GetCultureInfo("de-DE").NumberFormat.NumberDecimalSeparator);
        Assert.NotEqual("I", "i".ToUpper(CultureInfo.GetCultureInfo("tr-TR")));
    }

    [Fact]
    public void Score_ProcessUnderGermanLocale_SameBytesAsInvariantProcess()
    {
        string[] args = ["score", Repo.Seed("panlong.rubric.json"), Repo.Seed("assessments"), "--format", "csv", "--explain"];
        var german = new Dictionary<string, string>
        {
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false",
            ["LANG"] = "de_DE.UTF-8",
            ["LC_ALL"] = "de_DE.UTF-8",
        };
        var invariant = new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "true" };

        var inGerman = RubricProcess.Run(null, german, args);
        var inInvariant = RubricProcess.Run(null, invariant, args);

        Assert.Equal(0, inInvariant.ExitCode);
        Assert.Equal(inInvariant.Out, inGerman.Out);
        Assert.Equal(inInvariant.ExitCode, inGerman.ExitCode);
    }

    private static CliRun InCulture(CultureInfo culture, string[] args)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return CliRun.Invoke(args);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
