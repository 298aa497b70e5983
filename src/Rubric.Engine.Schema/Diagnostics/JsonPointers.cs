using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>RFC 6901 JSON Pointers: escaping, appending and resolving.</summary>
internal static class JsonPointers
{
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    public static string Append(string pointer, string property) => pointer + "/" + Escape(property);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

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
    public static string FromPropertyPath(string path)
    {
        if (path.Length == 0 || path[0] == '/')
        {
            return path;
        }

        var builder = new StringBuilder();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                builder.Append('/').Append(Escape(char.ToLowerInvariant(name[0]) + name[1..]));
            }

            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                if (close < 0)
                {
                    break;
                }

                builder.Append('/').Append(Escape(part[(bracket + 1)..close]));
                bracket = part.IndexOf('[', close);
            }
        }

        return builder.ToString();
    }

    /// <summary>Turns a System.Text.Json path (<c>$.tasks[0].points</c>) into a JSON Pointer.</summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var i = path[0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                builder.Append('/').Append(Escape(path[(i + 1)..end]));
                i = end;
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0)
                {
                    break;
                }

                var inner = path[(i + 1)..close].Trim('\'');
                builder.Append('/').Append(Escape(inner));
                i = close + 1;
            }
            else
            {
                i++;
            }
        }

        return builder.ToString();
    }
}
