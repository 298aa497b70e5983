using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rubric.Engine.Schema;

/// <summary>RFC 6901 JSON Pointers: escaping, appending and resolving.</summary>
internal static partial class JsonPointers
{
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    public static string Append(string pointer, string property) => pointer + "/" + Escape(property);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The last token of a pointer, unescaped: the name or index of the value it points to ("" for the root).</summary>
    public static string LastToken(string pointer) => pointer.Length == 0 ? string.Empty : Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]);

    public static string[] Split(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(Unescape).ToArray();

    public static bool TryResolve(JsonElement root, string pointer, out JsonElement value)
    {
        value = root;
        foreach (var token in Split(pointer))
        {
            if (!TryStep(value, token, out value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The member or element of <paramref name="value"/> that one token of a pointer names.</summary>
    public static bool TryStep(JsonElement value, string token, out JsonElement child)
    {
        if (value.ValueKind == JsonValueKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < value.GetArrayLength())
        {
            child = value[index];
            return true;
        }

        child = default;
        return value.ValueKind == JsonValueKind.Object && value.TryGetProperty(token, out child);
    }

    /// <summary>
    /// Turns a validation property path (<c>Tasks[0].Stages[1].Points</c>) into a JSON Pointer
    /// (<c>/tasks/0/stages/1/points</c>); a path that already is a pointer is returned as is.
    /// </summary>
    public static string FromPropertyPath(string path) =>
        path.Length == 0 || path[0] == '/' ? path : string.Concat(
            from step in PropertyPathStep().Matches(path)
            select "/" + Escape(step.Groups["name"].Success ? char.ToLowerInvariant(step.Value[0]) + step.Value[1..] : step.Groups["index"].Value));

    /// <summary>Turns a System.Text.Json path (<c>$.tasks[0].points</c>) into a JSON Pointer.</summary>
    public static string FromJsonPath(string? path) => string.Concat(
        from step in JsonPathStep().Matches(path ?? string.Empty)
        where step.Value[0] is '.' or '['
        select "/" + Escape(step.Groups["name"].Success ? step.Groups["name"].Value : step.Groups["index"].Value.Trim('\'')));

    // A name begins the path or follows a dot; a bracket holds an index (a part after a bracket, or an unclosed one, is no step).
    [GeneratedRegex(@"(?<=^|\.)(?<name>[^.\[]+)|\[(?<index>[^\].]*)\]")]
    private static partial Regex PropertyPathStep();

    // Steps follow one another from the start (a '$' or other character is skipped); an unclosed bracket ends the path.
    [GeneratedRegex(@"\G(?:\.(?<name>[^.\[]*)|\[(?<index>[^\]]*)\]|[^.\[])")]
    private static partial Regex JsonPathStep();
}
