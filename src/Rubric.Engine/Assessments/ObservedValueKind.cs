namespace Rubric.Engine;

/// <summary>What an <see cref="ObservedValue"/> holds.</summary>
public enum ObservedValueKind
{
    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>An exact decimal number (counts included).</summary>
    Number,

    /// <summary>Text, such as a tier level id.</summary>
    Text,
}
