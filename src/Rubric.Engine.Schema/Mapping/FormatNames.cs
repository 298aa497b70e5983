using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>
/// The formats' names of the model's enumerations: each member's name in camelCase
/// (<c>staffMember</c>, <c>breakTies</c>, <c>treatAsNotDone</c>). The JSON Schemas list the same names,
/// so a name read has been checked against them before it is parsed here.
/// </summary>
internal static class FormatNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static T Parse<T>(string name)
        where T : struct, Enum => Enum.Parse<T>(name, ignoreCase: true);
}
