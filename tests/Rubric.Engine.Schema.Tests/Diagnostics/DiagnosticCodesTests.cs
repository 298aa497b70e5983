using System.Reflection;
using System.Text.RegularExpressions;

namespace Rubric.Engine.Schema.Tests;

public sealed partial class DiagnosticCodesTests
{
    private static readonly string[] Codes = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(static f => f.IsLiteral)
        .Select(static f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Codes_All_AreUniqueAndWellFormed()
    {
        Assert.Equal(Codes.Length, Codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Codes, static code => Assert.Matches(CodePattern(), code));
    }

    [Fact]
    public void Codes_All_AreDocumentedInDiagnosticsMarkdown()
    {
        var docs = File.ReadAllText(FindRepositoryFile("docs/diagnostics.md"));

        Assert.All(Codes, code => Assert.Contains("| " + code + " |", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Codes_AllButLimitsAndSafetyNets_AreProducedByTheCorpus()
    {
        var produced = RubricLoaderCorpusTests.CorpusNames()
            .SelectMany(static name => RubricLoaderCorpusTests.Load(name))
            .Select(static d => d.Code)
            .ToHashSet(StringComparer.Ordinal);
        string[] notInCorpus = [DiagnosticCodes.FileTooLarge, DiagnosticCodes.StringTooLong, DiagnosticCodes.FileUnreadable, DiagnosticCodes.TooManyItems, DiagnosticCodes.TooManyValues, DiagnosticCodes.TooManyAssessments, DiagnosticCodes.SchemaViolation, DiagnosticCodes.ModelRejected, DiagnosticCodes.TotalMismatch, DiagnosticCodes.IncompleteRubric, DiagnosticCodes.UnknownObservationMember];

        Assert.All(Codes.Except(notInCorpus), code => Assert.Contains(code, produced));
    }

    private static string FindRepositoryFile(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }

    [GeneratedRegex("^RUB1[0-3][0-9]{2}$")]
    private static partial Regex CodePattern();
}
