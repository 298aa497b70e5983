using System.Globalization;

namespace Rubric.Cli.Scoring;

/// <summary>What a batch did: every record read was either scored or rejected, so the three always add up.</summary>
internal sealed class BatchSummary
{
    public long Read { get; private set; }

    public long Scored { get; private set; }

    public long Rejected { get; private set; }

    public void AddScored()
    {
        Read++;
        Scored++;
    }

    public void AddRejected()
    {
        Read++;
        Rejected++;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"rubric score: read {Read}, scored {Scored}, rejected {Rejected}.");
}
