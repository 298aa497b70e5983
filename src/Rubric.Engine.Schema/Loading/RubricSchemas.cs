using System.Collections.Concurrent;

namespace Rubric.Engine.Schema;

/// <summary>The JSON Schemas (draft 2020-12) of the four formats, embedded in this assembly.</summary>
public static class RubricSchemas
{
    private static readonly ConcurrentDictionary<DocumentKind, string> Texts = new();

    /// <summary>The schema text of a document kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The JSON Schema, as JSON text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is <see cref="DocumentKind.Unknown"/> or undefined.</exception>
    public static string GetSchemaText(DocumentKind kind) => Texts.GetOrAdd(kind, static k => Read("Rubric.Engine.Schema.Schemas." + GetFileName(k)));

    /// <summary>The schema text of a document kind, the rubric's listing <paramref name="ruleKinds"/> beside the built-in kinds.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="ruleKinds">The rule kinds a host registered.</param>
    /// <returns>The JSON Schema, as JSON text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is <see cref="DocumentKind.Unknown"/> or undefined.</exception>
    public static string GetSchemaText(DocumentKind kind, IEnumerable<RuleKind> ruleKinds)
    {
        ArgumentNullException.ThrowIfNull(ruleKinds);
        var text = GetSchemaText(kind);
        return kind == DocumentKind.Rubric ? RuleKind.Compose(text, [.. ruleKinds]) : text;
    }

    /// <summary>The file name a schema is shipped under, such as <c>rubric.schema.json</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is <see cref="DocumentKind.Unknown"/> or undefined.</exception>
    public static string GetFileName(DocumentKind kind) => kind switch
    {
        DocumentKind.Rubric => "rubric.schema.json",
        DocumentKind.Assessment => "assessment.schema.json",
        DocumentKind.Roster => "roster.schema.json",
        DocumentKind.Plan => "plan.schema.json",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only rubrics, assessments, rosters and plans have a schema."),
    };

    private static string Read(string resourceName)
    {
        using var stream = typeof(RubricSchemas).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded schema '{resourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
