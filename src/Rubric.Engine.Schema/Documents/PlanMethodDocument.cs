namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a plan's method of assessment (听 看 查 问 评).</summary>
internal sealed class PlanMethodDocument
{
    public string Method { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Meaning { get; set; } = string.Empty;
}
