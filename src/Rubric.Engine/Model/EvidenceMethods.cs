namespace Rubric.Engine;

/// <summary>
/// The ways an item is checked (听 看 查 问 评). An item may be checked several ways at once, so
/// this is a set of flags.
/// </summary>
[Flags]
#pragma warning disable CA1714 // "Methods" is the domain's own plural noun, not an accidental one.
public enum EvidenceMethods
#pragma warning restore CA1714
{
    /// <summary>No method stated.</summary>
    None = 0,

    /// <summary>听: listen to the unit's report.</summary>
    Listen = 1,

    /// <summary>看: look at the setting, noticeboards, contact points.</summary>
    Look = 2,

    /// <summary>查: check the written records the item asks for.</summary>
    Check = 4,

    /// <summary>问: ask party members, teachers, students and the public.</summary>
    Ask = 8,

    /// <summary>评: score against the sheet.</summary>
    Score = 16,
}
