using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using Json.Schema;

namespace Rubric.Engine.Schema;

/// <summary>
/// Reads rubrics, assessments, rosters and plans from JSON: syntax, then structure against the JSON
/// Schema, then meaning (FluentValidation), collecting every problem in one pass as a located
/// <see cref="Diagnostic"/>. Never throws for bad user data. Immutable and thread-safe.
/// </summary>
public sealed class RubricLoader
{
    private static readonly RubricDocumentValidator RubricValidator = new();
    private static readonly RosterDocumentValidator RosterValidator = new();
    private static readonly PlanValidator PlanValidator = new();

    private readonly FrozenDictionary<string, RuleKind> _ruleKinds;
    private readonly Lazy<CompiledSchema>? _rubricSchema;

    /// <summary>Creates a loader.</summary>
    /// <param name="options">Strictness and limits; default <see cref="LoaderOptions.Default"/>.</param>
    /// <param name="ruleKinds">Rule kinds a host registered, read beside the built-in kinds; default none.</param>
    /// <exception cref="ArgumentException">Two rule kinds have the same name (a built-in kind's included).</exception>
    public RubricLoader(LoaderOptions? options = null, IEnumerable<RuleKind>? ruleKinds = null)
    {
        Options = options ?? LoaderOptions.Default;
        _ruleKinds = RuleKind.Index(ruleKinds, nameof(ruleKinds)).ToFrozenDictionary(StringComparer.Ordinal);
        RuleKinds = [.. RuleKind.BuiltIn, .. _ruleKinds.Values.Except(RuleKind.BuiltIn)];
        if (RuleKinds.Count > RuleKind.BuiltIn.Count)
        {
            var kinds = RuleKinds;
            _rubricSchema = new(() => new CompiledSchema(RubricSchemas.GetSchemaText(DocumentKind.Rubric, kinds)));
        }
    }

    /// <summary>The options.</summary>
    public LoaderOptions Options { get; }

    /// <summary>Every rule kind read: the built-in kinds, then the host's.</summary>
    public IReadOnlyList<RuleKind> RuleKinds { get; }

    /// <summary>Loads a rubric from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rubric, or the diagnostics.</returns>
    public LoadResult<RubricDefinition> LoadRubric(string path) =>
        Load(path, ParseRubric);

    /// <summary>Parses a rubric from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The file name to report.</param>
    /// <returns>The rubric, or the diagnostics.</returns>
    public LoadResult<RubricDefinition> ParseRubric(ReadOnlyMemory<byte> utf8Json, string? file = null) =>
        Parse(DocumentKind.Rubric, utf8Json, file, DocumentJsonContext.Default.RubricDocument, RubricValidator, CheckItemCount, MapRubric);

    /// <summary>Loads an assessment from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The assessment, or the diagnostics.</returns>
    public LoadResult<Assessment> LoadAssessment(string path) =>
        Load(path, (bytes, file) => ParseAssessment(bytes, file));

    /// <summary>Parses an assessment from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The file name to report.</param>
    /// <param name="firstLine">The line the document starts on (JSON Lines).</param>
    /// <returns>The assessment, or the diagnostics.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstLine"/> is less than 1.</exception>
    public LoadResult<Assessment> ParseAssessment(ReadOnlyMemory<byte> utf8Json, string? file = null, int firstLine = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstLine, 1);
        var sink = new DiagnosticSink(file, firstLine);
        if (DocumentScanner.CheckFraming(utf8Json, Options, sink) is not { } text)
        {
            return new LoadResult<Assessment>(null, sink.Finish(Options.Strict), file, sink.SourceMap);
        }

        // One pass over a good record: the reader turns every string it accepts into text, which
        // refuses bytes that are not UTF-8, and accepts nothing outside strings but JSON's own ASCII.
        // The whole document is checked for UTF-8 only to explain a record that failed.
        if (AssessmentReader.Read(text.Span, Options, out var findings, out var warnings) is { } assessment)
        {
            if (warnings.Count == 0)
            {
                return new LoadResult<Assessment>(assessment, file, RootOf(text.Span, firstLine), () => MapSource(text, file, firstLine));
            }

            // Rare: the scanner maps where the warnings are.
            DocumentScanner.Scan(text, Options, sink, new TextLocator(text, firstLine));
            foreach (var warning in warnings)
            {
                sink.At(DiagnosticSeverity.Warning, warning.Code, warning.Message, warning.Pointer);
            }

            return new LoadResult<Assessment>(assessment, sink.Finish(Options.Strict), file, sink.SourceMap); // strict: the warnings are errors, so no value
        }

        if (!DocumentScanner.CheckUtf8(text, sink))
        {
            return new LoadResult<Assessment>(null, sink.Finish(Options.Strict), file, sink.SourceMap);
        }

        if (findings.Count > 0)
        {
            // The structure is fine (the reader got to the end), so the schema has nothing to say;
            // the scanner maps where the findings are.
            if (DocumentScanner.Scan(text, Options, sink, new TextLocator(text, firstLine)))
            {
                foreach (var finding in findings)
                {
                    sink.ErrorAt(finding.Code, finding.Message, finding.Pointer);
                }
            }
        }
        else if (Explain(DocumentKind.Assessment, text, sink, IsObservation) is { } document)
        {
            // Not an assessment: the scanner and the JSON Schema say where and why, as for every
            // document. They always should; this is a safety net.
            document.Dispose();
            sink.ErrorAt(DiagnosticCodes.ModelRejected, "The assessment could not be read, though no rule of its format names the reason; please report this.", string.Empty);
        }

        return new LoadResult<Assessment>(null, sink.Finish(Options.Strict), file, sink.SourceMap);
    }

    /// <summary>Reads JSON Lines: one assessment per non-blank line, each reported with its own line number.</summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="file">The file name to report (<c>-</c> for standard input).</param>
    /// <returns>One result per non-blank line, in order, and for a stream given up one last failed result saying why.</returns>
    /// <remarks>
    /// Streams: only the current line is held, and no line may be longer than
    /// <see cref="LoaderOptions.MaxFileBytes"/>. A line that is, more than
    /// <see cref="LoaderOptions.MaxAssessments"/> records, <see cref="LoaderOptions.MaxConsecutiveFailures"/>
    /// failures in a row or a read failure ends the stream with one last failed result saying so, so
    /// that an endless input (a device, garbage) always ends.
    /// </remarks>
    public IEnumerable<LoadResult<Assessment>> ReadAssessmentLines(Stream utf8Stream, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        return ReadAssessments(utf8Stream, file);
    }

    /// <summary>
    /// Splits JSON Lines into records without parsing them, within the same limits as
    /// <see cref="ReadAssessmentLines"/>: for a host that parses records on several threads (with
    /// <see cref="ParseAssessment"/> and each line's <see cref="JsonLine.Number"/>) or routes them.
    /// </summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="file">The file name to report (<c>-</c> for standard input).</param>
    /// <returns>The non-blank lines in order; a stream given up ends with a line whose <see cref="JsonLine.Stop"/> says why.</returns>
    public IEnumerable<JsonLine> ReadLines(Stream utf8Stream, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        return JsonLinesSplitter.Split(utf8Stream, Options, file);
    }

    /// <summary>Loads a roster from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The roster, or the diagnostics.</returns>
    public LoadResult<Roster> LoadRoster(string path) =>
        Load(path, ParseRoster);

    /// <summary>Parses a roster from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The file name to report.</param>
    /// <returns>The roster, or the diagnostics.</returns>
    public LoadResult<Roster> ParseRoster(ReadOnlyMemory<byte> utf8Json, string? file = null) =>
        Parse(DocumentKind.Roster, utf8Json, file, DocumentJsonContext.Default.RosterDocument, RosterValidator, null, static (d, _, _) => DomainMapper.ToRoster(d));

    /// <summary>Loads an assessment plan from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The plan, or the diagnostics.</returns>
    public LoadResult<AssessmentPlan> LoadPlan(string path) =>
        Load(path, ParsePlan);

    /// <summary>Parses an assessment plan from UTF-8 JSON. The rubrics it names are not read: see <see cref="AssessmentPlan.Rubrics"/>.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The file name to report.</param>
    /// <returns>The plan, or the diagnostics.</returns>
    public LoadResult<AssessmentPlan> ParsePlan(ReadOnlyMemory<byte> utf8Json, string? file = null) =>
        Parse(DocumentKind.Plan, utf8Json, file, DocumentJsonContext.Default.PlanDocument, PlanValidator, null, static (d, _, _) => DomainMapper.ToPlan(d));

    /// <summary>Recognises a document by its <c>$schema</c> or, failing that, by its content.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The kind, or <see cref="DocumentKind.Unknown"/>.</returns>
    public static DocumentKind Detect(ReadOnlySpan<byte> utf8Json) => DocumentDetector.Detect(utf8Json);

    private LoadResult<T> Parse<TDocument, T>(
        DocumentKind kind,
        ReadOnlyMemory<byte> bytes,
        string? file,
        JsonTypeInfo<TDocument> typeInfo,
        IValidator<TDocument> validator,
        Action<TDocument, DiagnosticSink>? checkLimits,
        Func<TDocument, JsonElement, DiagnosticSink, T?> map)
        where T : class
        where TDocument : class
    {
        var sink = new DiagnosticSink(file, 1);
        var value = DocumentScanner.CheckBytes(bytes, Options, sink) is { } text
            ? Read(text)
            : null;
        return new LoadResult<T>(value, sink.Finish(Options.Strict), file, sink.SourceMap);

        T? Read(ReadOnlyMemory<byte> text)
        {
            using var document = Explain(kind, text, sink);
            if (document is null)
            {
                return null;
            }

            TDocument dto;
            try
            {
                // An object, as Explain has checked, so never null.
                dto = document.RootElement.Deserialize(typeInfo)!;
            }
            catch (JsonException exception)
            {
                // The schema admits nothing the shapes reject; this is a safety net.
                sink.ErrorAt(DiagnosticCodes.SchemaViolation, "The value does not have the expected shape: " + exception.Message, JsonPointers.FromJsonPath(exception.Path));
                return null;
            }

            checkLimits?.Invoke(dto, sink);
            if (sink.HasErrors)
            {
                return null;
            }

            FluentValidation.Results.ValidationResult validation;
            try
            {
                validation = validator.Validate(dto);
            }
            catch (Exception exception) when (exception is ArithmeticException or ArgumentException or InvalidOperationException)
            {
                sink.ErrorAt(DiagnosticCodes.ModelRejected, $"The {FormatNames.Of(kind)} could not be checked: {exception.Message}", string.Empty);
                return null;
            }

            foreach (var failure in validation.Errors)
            {
                var code = failure.ErrorCode is { } c && c.StartsWith("RUB", StringComparison.Ordinal) ? c : DiagnosticCodes.InvalidValue;
                var severity = failure.Severity == Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
                sink.At(severity, code, failure.ErrorMessage, JsonPointers.FromPropertyPath(failure.PropertyName ?? string.Empty));
            }

            if (sink.HasErrors || (Options.Strict && sink.Diagnostics.Count > 0))
            {
                return null;
            }

            try
            {
                return map(dto, document.RootElement, sink);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OverflowException)
            {
                sink.ErrorAt(DiagnosticCodes.ModelRejected, $"The {FormatNames.Of(kind)} passed validation but the model rejected it: {exception.Message}", string.Empty);
                return null;
            }
        }
    }

    /// <summary>
    /// Syntax and limits (the scanner, which also maps where every value starts), then structure
    /// against the JSON Schema, every problem a located diagnostic.
    /// </summary>
    /// <param name="kind">The document's kind.</param>
    /// <param name="text">The document.</param>
    /// <param name="sink">Where the problems go.</param>
    /// <param name="judge">Judges elements faster than the schema, where the caller can.</param>
    /// <returns>The document when both found nothing wrong, to be disposed of by the caller; otherwise null.</returns>
    private JsonDocument? Explain(DocumentKind kind, ReadOnlyMemory<byte> text, DiagnosticSink sink, FailingParts.Judge? judge = null)
    {
        var locator = new TextLocator(text, sink.FirstLine);
        if (!DocumentScanner.Scan(text, Options, sink, locator))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = Options.MaxDepth + 1 });
        }
        catch (JsonException exception)
        {
            // The scanner accepted the text already; this is a safety net.
            var (line, column) = locator.LocateLineByte(exception.LineNumber, exception.BytePositionInLine);
            sink.Error(DiagnosticCodes.JsonSyntax, "Invalid JSON: " + exception.Message, line, column, string.Empty);
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            sink.ErrorAt(DiagnosticCodes.TypeMismatch, $"Expected a JSON object ({WithArticle(kind)}), found {SchemaValidator.DescribeValue(root)}.", string.Empty);
        }
        else
        {
            SchemaValidator.Validate(kind, root, sink, kind == DocumentKind.Rubric ? _rubricSchema?.Value : null, judge);
        }

        if (sink.HasErrors)
        {
            document.Dispose();
            return null;
        }

        return document;
    }

    /// <summary>Where every value of an assessment read without a problem starts: the scanner, run when first asked over its text (checked already, and UTF-8 as the reader found).</summary>
    private SourceMap MapSource(ReadOnlyMemory<byte> text, string? file, int firstLine)
    {
        var sink = new DiagnosticSink(file, firstLine);
        DocumentScanner.Scan(text, Options, sink, new TextLocator(text, firstLine));
        return sink.SourceMap;
    }

    /// <summary>
    /// The observations of a column that the reader accepts are exactly those the schema accepts:
    /// judged by the reader, hundreds of thousands of them take milliseconds, not the seconds the
    /// schema would.
    /// </summary>
    private bool? IsObservation(string container, string? name, JsonElement value) =>
        container is "/self" or "/assessor" && name is not null
            ? Ids.IsValid(name) && AssessmentReader.IsObservation(JsonMarshal.GetRawUtf8Value(value), Options)
            : null;

    /// <summary>Where the root object starts: after white space only, one byte a character.</summary>
    private static (int Line, int Column) RootOf(ReadOnlySpan<byte> text, int firstLine)
    {
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        var lastFeed = text[..start].LastIndexOf((byte)'\n');
        return (firstLine + text[..start].Count((byte)'\n'), start - lastFeed);
    }

    /// <summary>
    /// The rubric, every item's rule read by its kind (built in or a host's) and checked against the
    /// item, each failure located at the rule: the validators have checked a built-in kind's already.
    /// </summary>
    private RubricDefinition? MapRubric(RubricDocument rubric, JsonElement root, DiagnosticSink sink)
    {
        var made = new Dictionary<ItemDocument, Item>();
        var tasks = root.GetProperty("tasks");
        for (var t = 0; t < rubric.Tasks.Count; t++)
        {
            var stages = tasks[t].GetProperty("stages");
            for (var s = 0; s < rubric.Tasks[t].Stages.Count; s++)
            {
                var items = rubric.Tasks[t].Stages[s].Items;
                var i = 0;
                foreach (var element in stages[s].GetProperty("items").EnumerateArray())
                {
                    var (item, kind) = (items[i], _ruleKinds[items[i].Rule.Kind]);
                    try
                    {
                        made[item] = DomainMapper.ToItem(item, kind.Read(element.GetProperty("rule")));
                    }
                    catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException)
                    {
                        sink.ErrorAt(DiagnosticCodes.InvalidValue, $"The {kind.Name} rule of item '{item.Id}' could not be read: {exception.Message}", string.Create(CultureInfo.InvariantCulture, $"/tasks/{t}/stages/{s}/items/{i}/rule"));
                    }

                    i++;
                }
            }
        }

        return sink.HasErrors ? null : DomainMapper.ToRubric(rubric, made);
    }

    private void CheckItemCount(RubricDocument rubric, DiagnosticSink sink)
    {
        var items = rubric.Tasks.Sum(static t => t.Stages.Sum(static s => s.Items.Count));
        if (items > Options.MaxItems)
        {
            sink.ErrorAt(DiagnosticCodes.TooManyItems, string.Create(CultureInfo.InvariantCulture, $"The rubric has {items} items, more than the limit of {Options.MaxItems}."), "/tasks");
        }
    }

    private IEnumerable<LoadResult<Assessment>> ReadAssessments(Stream stream, string? file)
    {
        var failuresInARow = 0;
        using var lines = JsonLinesSplitter.Split(stream, Options, file).GetEnumerator();
        while (lines.MoveNext())
        {
            var line = lines.Current;
            if (line.Stop is { } stop)
            {
                yield return new LoadResult<Assessment>(null, [stop], file, null);
                yield break;
            }

            var result = ParseAssessment(line.Utf8, file, line.Number);
            yield return result;
            failuresInARow = result.Succeeded ? 0 : failuresInARow + 1;
            if (failuresInARow >= Options.MaxConsecutiveFailures)
            {
                yield return new LoadResult<Assessment>(null, [TooManyFailures(failuresInARow, CountRest(lines), file, line.Number + 1)], file, null);
                yield break;
            }
        }
    }

    /// <summary>
    /// The stop after <see cref="LoaderOptions.MaxConsecutiveFailures"/> records in a row could not
    /// be read, located on the line after the last of them.
    /// </summary>
    private static Diagnostic TooManyFailures(int failures, long notRead, string? file, int line) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.TooManyAssessments, string.Create(CultureInfo.InvariantCulture, $"{failures} records in a row could not be read, so the input does not look like JSON Lines of assessments; reading stopped, and the {notRead} {(notRead == 1 ? "record" : "records")} after them {(notRead == 1 ? "was" : "were")} not read."), file, line, 1, string.Empty);

    /// <summary>The records left in the stream, split but not parsed; a stop counts what it could not read.</summary>
    private static long CountRest(IEnumerator<JsonLine> lines)
    {
        var count = 0L;
        while (lines.MoveNext())
        {
            count += lines.Current.IsStop ? lines.Current.RecordsNotRead : 1;
        }

        return count;
    }

    private LoadResult<T> Load<T>(string path, Func<ReadOnlyMemory<byte>, string?, LoadResult<T>> parse)
        where T : class =>
        DocumentFiles.TryRead(path, Options, out var bytes, out var problem) ? parse(bytes, path) : new(null, [problem], path, null);

    private static string WithArticle(DocumentKind kind) => (kind == DocumentKind.Assessment ? "an " : "a ") + FormatNames.Of(kind);
}
