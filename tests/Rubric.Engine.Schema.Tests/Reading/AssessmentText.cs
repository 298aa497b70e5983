using System.Globalization;
using System.Text;

namespace Rubric.Engine.Schema.Tests;

/// <summary>An assessment as text, every field and value, so that two readings of one document compare as strings.</summary>
internal static class AssessmentText
{
    public static string Describe(Assessment? assessment)
    {
        if (assessment is null)
        {
            return "null";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{assessment.UnitId}|{assessment.UnitName}|{assessment.RubricId}|{assessment.Round}|{assessment.Date}|{assessment.AssessedBy}|{assessment.Notes}\n");
        foreach (var side in new[] { ScoreSide.Self, ScoreSide.Assessor })
        {
            text.Append(side).Append(assessment.Column(side) is null ? ": none\n" : ":\n");
            foreach (var (id, observation) in (assessment.Column(side) ?? new Dictionary<string, Observation>()).OrderBy(static o => o.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {id}={observation.ItemId} note={observation.Note} evidence={string.Join('|', observation.Evidence)}\n");
                foreach (var (key, value) in observation.Values.OrderBy(static v => v.Key, StringComparer.Ordinal))
                {
                    text.Append(CultureInfo.InvariantCulture, $"    {key}={value.Kind}:{value}\n");
                }
            }
        }

        return text.ToString();
    }
}
