namespace Rubric.Engine;

/// <summary>Options of the veto step (一票否决): when a named item loses points, its stage, task or the total drops to zero.</summary>
public sealed class VetoOptions
{
    /// <summary>The veto item's id. Required.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>What the veto zeroes: the item's stage (default), its task, or the total.</summary>
    public AdjustmentScope Scope { get; set; } = AdjustmentScope.Stage;

    /// <summary>The step's name, recorded on its adjustments.</summary>
    public string Name { get; set; } = "veto";

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(ItemId))
        {
            throw new ArgumentException($"{nameof(VetoOptions)}.{nameof(ItemId)} is required.", nameof(ItemId));
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new ArgumentException($"{nameof(VetoOptions)}.{nameof(Name)} is required.", nameof(Name));
        }

        if (!Enum.IsDefined(Scope))
        {
            throw new ArgumentOutOfRangeException(nameof(Scope), Scope, "Unknown scope.");
        }
    }
}
