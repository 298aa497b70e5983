namespace Rubric.Engine;

/// <summary>Argument checks for programmer errors; user data is checked by validators instead.</summary>
internal static class Guard
{
    public static string Id(string? value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value;
    }

    /// <summary>An optional text: absent, or not blank.</summary>
    public static string? OptionalText(string? value, string paramName)
    {
        if (value is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        }

        return value;
    }

    public static decimal Positive(decimal value, string paramName)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be greater than zero.");
        }

        return value;
    }

    public static decimal NotNegative(decimal value, string paramName)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must not be negative.");
        }

        return value;
    }

    public static T[] Items<T>(IEnumerable<T>? values, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var array = values.ToArray();
        foreach (var value in array)
        {
            if (value is null)
            {
                throw new ArgumentException("The list must not contain null.", paramName);
            }
        }

        return array;
    }

    public static void UniqueIds<T>(IEnumerable<T> values, Func<T, string> id, string what, string paramName)
    {
        // The lists of a sheet are short (a stage's items, a rule's levels): comparing each id with
        // those before it is quicker there than hashing them into a set made for the purpose.
        if (values is IReadOnlyList<T> { Count: <= 16 } list)
        {
            for (var i = 1; i < list.Count; i++)
            {
                var current = id(list[i]);
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(id(list[j]), current, StringComparison.Ordinal))
                    {
                        throw new ArgumentException($"Duplicate {what} id '{current}'.", paramName);
                    }
                }
            }

            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!seen.Add(id(value)))
            {
                throw new ArgumentException($"Duplicate {what} id '{id(value)}'.", paramName);
            }
        }
    }
}
