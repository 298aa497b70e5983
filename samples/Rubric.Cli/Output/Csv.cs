namespace Rubric.Cli.Output;

/// <summary>RFC 4180 fields: quoted when they hold a comma, a quote, or a line break; quotes doubled.</summary>
internal static class Csv
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        // RFC 4180 ends records with CRLF, whatever the platform.
        writer.Write(string.Join(',', fields.Select(Field)));
        writer.Write("\r\n");
    }
}
