using System.Text;
using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>Recognises a document by the file name in its <c>$schema</c>, or by its top-level members.</summary>
internal static class DocumentDetector
{
    public static DocumentKind Detect(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8Json = utf8Json[3..];
        }

        var byContent = DocumentKind.Unknown;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return DocumentKind.Unknown;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                if (!reader.Read())
                {
                    break;
                }

                if (name == "$schema" && reader.TokenType == JsonTokenType.String && FromSchema(reader.GetString()!) is var kind && kind != DocumentKind.Unknown)
                {
                    return kind;
                }

                if (byContent == DocumentKind.Unknown)
                {
                    byContent = name switch
                    {
                        "tasks" => DocumentKind.Rubric,
                        "self" or "assessor" => DocumentKind.Assessment,
                        "bodies" => DocumentKind.Roster,
                        "levels" => DocumentKind.Plan,
                        _ => DocumentKind.Unknown,
                    };
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A broken document is recognised by what was read before the break.
        }

        return byContent;
    }

    private static DocumentKind FromSchema(string schema)
    {
        // Only the file name counts: the path to the schemas itself says "Rubric.Engine.Schema".
        var name = schema[(schema.LastIndexOfAny(['/', '\\']) + 1)..];
        return name.Contains("assessment", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Assessment
            : name.Contains("roster", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Roster
            : name.Contains("rubric", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Rubric
            : name.Contains("plan", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Plan
            : DocumentKind.Unknown;
    }
}
