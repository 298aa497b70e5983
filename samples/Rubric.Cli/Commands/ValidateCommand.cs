using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Rubric.Cli.Inputs;
using Rubric.Cli.Json;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Commands;

/// <summary><c>rubric validate FILE...</c>: check rubrics, assessments, rosters and plans, in the compiler convention or as JSON.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Rubric, assessment, roster or plan files (recognised by $schema or content), folders (every *.json inside), or JSON Lines files of assessments.",
            Arity = ArgumentArity.OneOrMore,
        }.RejectingOptionLikeTokens();
        var format = CommonOptions.Format("text", "text", "json");
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (an incomplete sheet, say) as errors." };
        var command = new Command(
            "validate",
            "validate — 校验: check rubrics (评分细则), assessments (考核记录), rosters (名册) and plans (考核方案, with the rubrics they name) against their JSON Schemas and rules. "
            + "Prints every error and warning as file(line,col): error RUB1001: message [at /json/pointer], then a summary line. Exit code 1 when any file is invalid.\n\n"
            + "Example:\n  rubric validate seeds/panlong.rubric.json seeds/assessments seeds/roster.json --strict")
        {
            files, format, strict,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetRequiredValue(files), parseResult.GetValue(format) == "json", parseResult.GetValue(strict)));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, bool json, bool strict)
    {
        var loader = new RubricLoader(new LoaderOptions { Strict = strict });
        var reports = new List<FileValidationDto>();
        foreach (var file in ExpandQuietly(inputs))
        {
            var (kind, diagnostics) = Validate(loader, file);
            if (strict)
            {
                diagnostics = [.. diagnostics.Select(static d => d.AsError())];
            }

            reports.Add(new FileValidationDto(file, kind.ToString().ToLowerInvariant(), !diagnostics.Any(static d => d.IsError), [.. diagnostics.Select(DiagnosticDto.From)]));
            if (!json)
            {
                foreach (var diagnostic in diagnostics)
                {
                    context.Out.WriteLine(diagnostic.ToString());
                }
            }
        }

        var valid = reports.Count(static r => r.Valid);
        var errors = reports.Sum(static r => r.Diagnostics.Count(static d => d.Severity == "error"));
        var warnings = reports.Sum(static r => r.Diagnostics.Count(static d => d.Severity == "warning"));
        if (json)
        {
            var report = new ValidationReportDto(reports, valid, reports.Count - valid, errors, warnings);
            context.Out.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Readable.ValidationReportDto));
        }
        else
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rubric validate: {reports.Count} file(s), {valid} valid, {reports.Count - valid} invalid; {errors} error(s), {warnings} warning(s)."));
        }

        return valid == reports.Count ? ExitCodes.Ok : ExitCodes.InvalidData;
    }

    private static IEnumerable<string> ExpandQuietly(string[] inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var inside = Directory.GetFiles(input, "*.json", SearchOption.TopDirectoryOnly);
                if (inside.Length == 0)
                {
                    // Reported by Validate: an empty folder must not pass as "0 files, all valid".
                    yield return input;
                }

                Array.Sort(inside, StringComparer.Ordinal);
                foreach (var file in inside)
                {
                    yield return file;
                }
            }
            else
            {
                yield return input;
            }
        }
    }

    internal static (DocumentKind Kind, IReadOnlyList<Diagnostic> Diagnostics) Validate(RubricLoader loader, string file)
    {
        if (Directory.Exists(file))
        {
            return (DocumentKind.Unknown, [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.FileUnreadable, "The folder holds no *.json files.", file, 0, 0, string.Empty)]);
        }

        if (!File.Exists(file))
        {
            return (DocumentKind.Unknown, [new Diagnostic(DiagnosticSeverity.Error, HostDiagnosticCodes.FileNotFound, "No such file.", file, 0, 0, string.Empty)]);
        }

        if (AssessmentInputs.IsJsonLines(file))
        {
            var lines = new AssessmentInputs(loader, static () => Stream.Null).Read([file]);
            return (DocumentKind.Assessment, [.. lines.SelectMany(static r => r.Diagnostics)]);
        }

        // Bounded and non-blocking: a device, a FIFO or a 100 MB file is a diagnostic, not a hang.
        if (!DocumentFiles.TryRead(file, loader.Options, out var bytes, out var problem))
        {
            return (DocumentKind.Unknown, [problem]);
        }

        var kind = RubricLoader.Detect(bytes.Span);
        if (kind == DocumentKind.Unknown)
        {
            kind = KindFromName(file);
        }

        return kind switch
        {
            DocumentKind.Rubric => (kind, loader.ParseRubric(bytes, file).Diagnostics),
            DocumentKind.Assessment => (kind, loader.ParseAssessment(bytes, file).Diagnostics),
            DocumentKind.Roster => (kind, loader.ParseRoster(bytes, file).Diagnostics),
            DocumentKind.Plan => (kind, ValidatePlan(loader, bytes, file)),
            _ => (kind, ReadingProblemsOrUnknown(loader, bytes, file)),
        };
    }

    /// <summary>A plan, then the rubrics it names: their errors (their warnings belong to their own validation) and whether they are what the plan says.</summary>
    private static List<Diagnostic> ValidatePlan(RubricLoader loader, ReadOnlyMemory<byte> bytes, string file)
    {
        var plan = loader.ParsePlan(bytes, file);
        var diagnostics = plan.Diagnostics.ToList();
        if (plan.Succeeded)
        {
            PlanSheets.Load(loader, plan, file, diagnostics);
        }

        return diagnostics;
    }

    private static DocumentKind KindFromName(string file)
    {
        var name = Path.GetFileName(file);
        if (name.EndsWith("plan.json", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentKind.Plan;
        }

        if (name.EndsWith("rubric.json", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentKind.Rubric;
        }

        if (name.EndsWith("roster.json", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentKind.Roster;
        }

        return name.EndsWith("assessment.json", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Assessment : DocumentKind.Unknown;
    }

    private static Diagnostic[] ReadingProblemsOrUnknown(RubricLoader loader, ReadOnlyMemory<byte> bytes, string file)
    {
        // The loader's reading and syntax checks (RUB10xx: encoding, emptiness, syntax, limits) do
        // not depend on the kind, and they locate and explain better than a bare parser message.
        var reading = loader.ParseRubric(bytes, file).Diagnostics
            .Where(static d => d.IsError && d.Code.StartsWith("RUB10", StringComparison.Ordinal))
            .ToArray();
        if (reading.Length > 0)
        {
            return reading;
        }

        return [new Diagnostic(DiagnosticSeverity.Error, HostDiagnosticCodes.UnknownDocument,
            "Not a rubric, an assessment, a roster or a plan: no recognised \"$schema\" and no tell-tale properties (\"tasks\", \"unit\" with \"self\"/\"assessor\", \"bodies\", \"levels\").", file, 1, 1, string.Empty)];
    }
}
