namespace Rubric.Cli.Inputs;

/// <summary>
/// Records to score, handed to a step that runs where each record is loaded: on the cores that
/// parse a named JSON Lines file, in order on this thread for anything else. The values come back
/// in input order either way.
/// </summary>
internal interface IRecordSource
{
    IEnumerable<T> Read<T>(Func<AssessmentRecord, T> then);
}
