namespace Rubric.Engine.Schema;

/// <summary>Options of <see cref="RubricLoader"/>: strictness and the limits that keep hostile input from exhausting the machine.</summary>
public sealed class LoaderOptions
{
    /// <summary>The defaults.</summary>
    public static LoaderOptions Default { get; } = new();

    /// <summary>Whether warnings count as errors.</summary>
    public bool Strict { get; init; }

    /// <summary>The largest file read, in bytes. Default 16 MiB.</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays. Default 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most items a rubric may have. Default 10,000.</summary>
    public int MaxItems { get; init; } = 10_000;

    /// <summary>The longest string value, in characters. Default 100,000.</summary>
    public int MaxStringLength { get; init; } = 100_000;

    /// <summary>
    /// The most JSON values (objects, arrays, strings, numbers, literals) one document may hold.
    /// Default 250,000: a rubric at <see cref="MaxItems"/> needs about 150,000 and an assessment of
    /// such a rubric, both columns filled, about 100,000, while a file of tiny values costs memory
    /// for each of them (their index and where each starts, about 100 bytes a value): at 250,000,
    /// a document of them stays within 100 MB plus 20 times its size (docs/reliability.md).
    /// </summary>
    public int MaxValues { get; init; } = 250_000;

    /// <summary>
    /// The most assessments read from one JSON Lines stream (<see cref="RubricLoader.ReadAssessmentLines"/>).
    /// Default 10,000,000: room for a province's batch, while past it one error is reported and
    /// the rest of the stream is not read, so even an endless stream of valid lines ends.
    /// </summary>
    public int MaxAssessments { get; init; } = 10_000_000;

    /// <summary>
    /// How many records in a row may fail to load before a JSON Lines stream is given up as not
    /// JSON Lines at all (random bytes, a binary file). Default 1,000: each failed record is
    /// reported first, then one error says the rest was not read, so garbage ends within seconds
    /// while a batch with scattered bad lines is read to the end.
    /// </summary>
    public int MaxConsecutiveFailures { get; init; } = 1_000;
}
