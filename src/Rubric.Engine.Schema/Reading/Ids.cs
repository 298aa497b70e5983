namespace Rubric.Engine.Schema;

/// <summary>The formats' id rule, <c>^[A-Za-z0-9][A-Za-z0-9._-]*$</c>, held by the whole string (a final line feed included).</summary>
internal static class Ids
{
    public static bool IsValid(string text)
    {
        if (text.Length == 0 || !char.IsAsciiLetterOrDigit(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
