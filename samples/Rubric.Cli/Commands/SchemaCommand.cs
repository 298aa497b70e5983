using System.CommandLine;
using Rubric.Cli.Output;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Commands;

/// <summary><c>rubric schema [rubric|assessment|roster|plan]</c>: the JSON Schema of a format.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("KIND")
        {
            Description = "Which schema: rubric (default), assessment, roster or plan.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "rubric",
        };
        kind.AcceptOnlyFromAmong("rubric", "assessment", "roster", "plan");
        var output = CommonOptions.Out();
        var command = new Command(
            "schema",
            "schema — 格式: write the JSON Schema (draft 2020-12) of the rubric, assessment, roster or plan format, for editors and other tools.\n\n"
            + "Example:\n  rubric schema assessment --out assessment.schema.json")
        {
            kind, output,
        };
        command.SetAction(parseResult =>
        {
            var documentKind = parseResult.GetValue(kind) switch
            {
                "assessment" => DocumentKind.Assessment,
                "roster" => DocumentKind.Roster,
                "plan" => DocumentKind.Plan,
                _ => DocumentKind.Rubric,
            };
            using var target = OutputTarget.Open(parseResult.GetValue(output), context.Out);
            var text = RubricSchemas.GetSchemaText(documentKind);
            target.Writer.Write(text);
            if (!text.EndsWith('\n'))
            {
                target.Writer.WriteLine();
            }

            target.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
