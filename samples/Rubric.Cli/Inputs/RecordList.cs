namespace Rubric.Cli.Inputs;

/// <summary>Records already made (or made lazily by an iterator), each passed on as it is enumerated.</summary>
internal sealed class RecordList(IEnumerable<AssessmentRecord> records) : IRecordSource
{
    public IEnumerable<T> Read<T>(Func<AssessmentRecord, T> then) => records.Select(then);
}
