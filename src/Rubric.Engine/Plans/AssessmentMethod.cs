namespace Rubric.Engine;

/// <summary>One of the plan's ways of assessing (听 看 查 问 评), with what the plan says it means.</summary>
public sealed class AssessmentMethod
{
    /// <summary>Describes a method.</summary>
    /// <param name="method">Exactly one of <see cref="EvidenceMethods"/>, the flag items name it by.</param>
    /// <param name="name">The plan's name for it, verbatim (听).</param>
    /// <param name="meaning">What the plan says it means.</param>
    public AssessmentMethod(EvidenceMethods method, string name, string meaning)
    {
        if (method == EvidenceMethods.None || (method & (method - 1)) != 0 || !Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "A method is exactly one of listen, look, check, ask or score.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(meaning);
        Method = method;
        Name = name;
        Meaning = meaning;
    }

    /// <summary>The flag items name the method by.</summary>
    public EvidenceMethods Method { get; }

    /// <summary>The plan's name for it, verbatim.</summary>
    public string Name { get; }

    /// <summary>What the plan says it means.</summary>
    public string Meaning { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Method}): {Meaning}";
}
