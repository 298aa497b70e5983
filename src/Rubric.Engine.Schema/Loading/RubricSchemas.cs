namespace Rubric.Engine.Schema;

/// <summary>The JSON Schemas (draft 2020-12) of the three formats, embedded in this assembly.</summary>
public static class RubricSchemas
{
    /// <summary>The schema text of a document kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The JSON Schema, as JSON text.</returns>
    public static string GetSchemaText(DocumentKind kind) => throw new NotImplementedException();
}
