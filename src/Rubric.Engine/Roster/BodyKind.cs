namespace Rubric.Engine;

/// <summary>The kind of an assessing body.</summary>
public enum BodyKind
{
    /// <summary>县教工委: the county committee; assesses the centres and the schools directly under it.</summary>
    County,

    /// <summary>教管中心: an education management centre; assesses its schools and their staff.</summary>
    Centre,
}
