namespace Rubric.Engine.Schema;

/// <summary>
/// Reads rubrics, assessments and rosters from JSON: syntax, then structure against the JSON
/// Schema, then meaning (FluentValidation), collecting every problem in one pass as a located
/// <see cref="Diagnostic"/>. Never throws for bad user data. Immutable and thread-safe.
/// </summary>
public sealed class RubricLoader
{
    /// <summary>Creates a loader.</summary>
    /// <param name="options">Strictness and limits; default <see cref="LoaderOptions.Default"/>.</param>
    public RubricLoader(LoaderOptions? options = null)
    {
        Options = options ?? LoaderOptions.Default;
    }

    /// <summary>The options.</summary>
    public LoaderOptions Options { get; }

    /// <summary>Loads a rubric from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rubric, or the diagnostics.</returns>
    public LoadResult<RubricDefinition> LoadRubric(string path) => throw new NotImplementedException();

    /// <summary>Parses a rubric from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The file name to report.</param>
    /// <returns>The rubric, or the diagnostics.</returns>
    public LoadResult<RubricDefinition> ParseRubric(ReadOnlyMemory<byte> utf8Json, string? file = null) => throw new NotImplementedException();

    /// <summary>Loads an assessment from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The assessment, or the diagnostics.</returns>
    public LoadResult<Assessment> LoadAssessment(string path) => throw new NotImplementedException();

    /// <summary>Parses an assessment from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The file name to report.</param>
    /// <param name="firstLine">The line the document starts on (JSON Lines).</param>
    /// <returns>The assessment, or the diagnostics.</returns>
    public LoadResult<Assessment> ParseAssessment(ReadOnlyMemory<byte> utf8Json, string? file = null, int firstLine = 1) => throw new NotImplementedException();

    /// <summary>Reads JSON Lines: one assessment per non-blank line, each reported with its own line number.</summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="file">The file name to report (<c>-</c> for standard input).</param>
    /// <returns>One result per non-blank line, in order.</returns>
    public IEnumerable<LoadResult<Assessment>> ReadAssessmentLines(Stream utf8Stream, string? file = null) => throw new NotImplementedException();

    /// <summary>Loads a roster from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The roster, or the diagnostics.</returns>
    public LoadResult<Roster> LoadRoster(string path) => throw new NotImplementedException();

    /// <summary>Parses a roster from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The file name to report.</param>
    /// <returns>The roster, or the diagnostics.</returns>
    public LoadResult<Roster> ParseRoster(ReadOnlyMemory<byte> utf8Json, string? file = null) => throw new NotImplementedException();

    /// <summary>Recognises a document by its <c>$schema</c> or, failing that, by its content.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The kind, or <see cref="DocumentKind.Unknown"/>.</returns>
    public static DocumentKind Detect(ReadOnlySpan<byte> utf8Json) => throw new NotImplementedException();
}
