using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>
/// Reads rubrics, assessments and rosters from JSON: syntax, then structure against the JSON
/// Schema, then meaning (FluentValidation), collecting every problem in one pass as a located
/// <see cref="Diagnostic"/>. Never throws for bad user data. Immutable and thread-safe.
/// </summary>
public sealed class RubricLoader
{
    private static readonly RubricDocumentValidator RubricValidator = new();
    private static readonly AssessmentDocumentValidator AssessmentValidator = new();
    private static readonly RosterDocumentValidator RosterValidator = new();

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
    public LoadResult<RubricDefinition> LoadRubric(string path) =>
        ReadFile(path, out var bytes) is { } failure ? Failed<RubricDefinition>(failure, path) : ParseRubric(bytes, path);

    /// <summary>Parses a rubric from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The file name to report.</param>
    /// <returns>The rubric, or the diagnostics.</returns>
    public LoadResult<RubricDefinition> ParseRubric(ReadOnlyMemory<byte> utf8Json, string? file = null) =>
        RubricFastPath.TryRead(utf8Json.Span, Options, file) is { } fast
            ? new LoadResult<RubricDefinition>(fast.Rubric, fast.Diagnostics, file, fast.Root, () => MapSource(utf8Json, file, 1))
            : ParseRubricFully(utf8Json, file);

    /// <summary>The full pipeline (token scan, JSON Schema, validators, source map), which every rubric the fast path declines goes through.</summary>
    internal LoadResult<RubricDefinition> ParseRubricFully(ReadOnlyMemory<byte> utf8Json, string? file = null) =>
        Parse(DocumentKind.Rubric, utf8Json, file, 1, DocumentJsonContext.Default.RubricDocument, RubricValidator, CheckItemCount, DomainMapper.ToRubric);

    /// <summary>Loads an assessment from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The assessment, or the diagnostics.</returns>
    public LoadResult<Assessment> LoadAssessment(string path) =>
        ReadFile(path, out var bytes) is { } failure ? Failed<Assessment>(failure, path) : ParseAssessment(bytes, path);

    /// <summary>Parses an assessment from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The file name to report.</param>
    /// <param name="firstLine">The line the document starts on (JSON Lines).</param>
    /// <returns>The assessment, or the diagnostics.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstLine"/> is less than 1.</exception>
    public LoadResult<Assessment> ParseAssessment(ReadOnlyMemory<byte> utf8Json, string? file = null, int firstLine = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstLine, 1);
        if (AssessmentFastPath.TryRead(utf8Json.Span, Options) is { } assessment)
        {
            // The fast path read the whole document as JSON without a BOM, so the root starts after
            // white space only, which is one byte per character; a line feed moves it down a line.
            var span = utf8Json.Span;
            var start = span.IndexOfAnyExcept(" \t\r\n"u8);
            var lastFeed = span[..start].LastIndexOf((byte)'\n');
            var root = (firstLine + span[..start].Count((byte)'\n'), start - lastFeed);
            return new LoadResult<Assessment>(assessment, file, root, () => MapSource(utf8Json, file, firstLine));
        }

        return ParseAssessmentFully(utf8Json, file, firstLine);
    }

    /// <summary>The full pipeline (token scan, JSON Schema, validators, source map), which every assessment the fast path declines goes through.</summary>
    internal LoadResult<Assessment> ParseAssessmentFully(ReadOnlyMemory<byte> utf8Json, string? file = null, int firstLine = 1) =>
        Parse(DocumentKind.Assessment, utf8Json, file, firstLine, DocumentJsonContext.Default.AssessmentDocument, AssessmentValidator, null, DomainMapper.ToAssessment);

    /// <summary>Reads JSON Lines: one assessment per non-blank line, each reported with its own line number.</summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="file">The file name to report (<c>-</c> for standard input).</param>
    /// <returns>One result per non-blank line, in order.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The overload with a selector is generic and requires it: no call can bind to both.")]
    public IEnumerable<LoadResult<Assessment>> ReadAssessmentLines(Stream utf8Stream, string? file = null) =>
        ReadAssessmentLines(utf8Stream, file, static result => result);

    /// <summary>
    /// Reads JSON Lines as <see cref="ReadAssessmentLines(Stream, string?)"/> does and passes each
    /// result to <paramref name="selector"/> where it was parsed: with
    /// <see cref="LoaderOptions.JsonLinesParallelism"/> above 1 that is on the thread pool, several
    /// records at a time, so work done per record (scoring it, rendering it) is spread over the
    /// cores with the parsing, while the selected values still come back in input order.
    /// </summary>
    /// <typeparam name="T">What the selector makes of a result.</typeparam>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="file">The file name to report (<c>-</c> for standard input).</param>
    /// <param name="selector">
    /// Runs once per result, possibly on several threads at once. It may also run for a few
    /// records past the point where the stream is given up; those values are dropped.
    /// </param>
    /// <returns>One value per non-blank line, in order, and for a stream given up one last value for the result saying why.</returns>
    public IEnumerable<T> ReadAssessmentLines<T>(Stream utf8Stream, string? file, Func<LoadResult<Assessment>, T> selector)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(selector);
        return ReadLines(utf8Stream, file, selector);
    }

    /// <summary>Loads a roster from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The roster, or the diagnostics.</returns>
    public LoadResult<Roster> LoadRoster(string path) =>
        ReadFile(path, out var bytes) is { } failure ? Failed<Roster>(failure, path) : ParseRoster(bytes, path);

    /// <summary>Parses a roster from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The file name to report.</param>
    /// <returns>The roster, or the diagnostics.</returns>
    public LoadResult<Roster> ParseRoster(ReadOnlyMemory<byte> utf8Json, string? file = null) =>
        Parse(DocumentKind.Roster, utf8Json, file, 1, DocumentJsonContext.Default.RosterDocument, RosterValidator, null, DomainMapper.ToRoster);

    /// <summary>Recognises a document by its <c>$schema</c> or, failing that, by its content.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The kind, or <see cref="DocumentKind.Unknown"/>.</returns>
    public static DocumentKind Detect(ReadOnlySpan<byte> utf8Json) => DocumentDetector.Detect(utf8Json);

    private LoadResult<T> Parse<TDocument, T>(
        DocumentKind kind,
        ReadOnlyMemory<byte> bytes,
        string? file,
        int firstLine,
        JsonTypeInfo<TDocument> typeInfo,
        IValidator<TDocument> validator,
        Action<TDocument, DiagnosticSink>? checkLimits,
        Func<TDocument, T> map)
        where T : class
        where TDocument : class
    {
        var sink = new DiagnosticSink(file, firstLine);
        var value = Run(kind, bytes, sink, typeInfo, validator, checkLimits, map);
        return new LoadResult<T>(value, sink.Finish(Options.Strict), file, sink.SourceMap);
    }

    private T? Run<TDocument, T>(
        DocumentKind kind,
        ReadOnlyMemory<byte> bytes,
        DiagnosticSink sink,
        JsonTypeInfo<TDocument> typeInfo,
        IValidator<TDocument> validator,
        Action<TDocument, DiagnosticSink>? checkLimits,
        Func<TDocument, T> map)
        where T : class
        where TDocument : class
    {
        if (DocumentScanner.CheckBytes(bytes, Options, sink) is not { } text)
        {
            return null;
        }

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
            // The token walk accepted the text already; this is a safety net.
            var (line, column) = locator.LocateLineByte(exception.LineNumber, exception.BytePositionInLine);
            sink.Error(DiagnosticCodes.JsonSyntax, "Invalid JSON: " + exception.Message, line, column, string.Empty);
            return null;
        }

        using var owned = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            sink.ErrorAt(DiagnosticCodes.TypeMismatch, $"Expected a JSON object ({WithArticle(kind)}), found {SchemaValidator.DescribeValue(root)}.", string.Empty);
            return null;
        }

        SchemaValidator.Validate(kind, root, sink);
        if (sink.HasErrors)
        {
            return null;
        }

        TDocument? dto;
        try
        {
            dto = root.Deserialize(typeInfo);
        }
        catch (JsonException exception)
        {
            // The schema admits nothing the shapes reject; this is a safety net.
            sink.ErrorAt(DiagnosticCodes.SchemaViolation, "The value does not have the expected shape: " + exception.Message, JsonPointers.FromJsonPath(exception.Path));
            return null;
        }

        if (dto is null)
        {
            sink.ErrorAt(DiagnosticCodes.TypeMismatch, $"Expected a JSON object ({WithArticle(kind)}), found null.", string.Empty);
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
            sink.ErrorAt(DiagnosticCodes.ModelRejected, $"The {Describe(kind)} could not be checked: {exception.Message}", string.Empty);
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
            return map(dto);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            sink.ErrorAt(DiagnosticCodes.ModelRejected, $"The {Describe(kind)} passed validation but the model rejected it: {exception.Message}", string.Empty);
            return null;
        }
    }

    /// <summary>Where every value of a document starts: the token walk of the full pipeline, run again on demand.</summary>
    private SourceMap MapSource(ReadOnlyMemory<byte> bytes, string? file, int firstLine)
    {
        var sink = new DiagnosticSink(file, firstLine);
        if (DocumentScanner.CheckBytes(bytes, Options, sink) is { } text)
        {
            DocumentScanner.Scan(text, Options, sink, new TextLocator(text, firstLine));
        }

        return sink.SourceMap;
    }

    private void CheckItemCount(RubricDocument rubric, DiagnosticSink sink)
    {
        var items = rubric.Tasks.Sum(static t => t.Stages.Sum(static s => s.Items.Count));
        if (items > Options.MaxItems)
        {
            sink.ErrorAt(DiagnosticCodes.TooManyItems, string.Create(CultureInfo.InvariantCulture, $"The rubric has {items} items, more than the limit of {Options.MaxItems}."), "/tasks");
        }
    }

    /// <remarks>
    /// Streams: only the current line (or, with <see cref="LoaderOptions.JsonLinesParallelism"/>,
    /// a bounded number of lines) is held, and no line may be longer than
    /// <see cref="LoaderOptions.MaxFileBytes"/>. A line that is, a stream in UTF-16, more than
    /// <see cref="LoaderOptions.MaxAssessments"/> records or a read failure ends the stream with one
    /// last failed result saying so, so that an endless input (a device, garbage) always ends.
    /// </remarks>
    private IEnumerable<T> ReadLines<T>(Stream stream, string? file, Func<LoadResult<Assessment>, T> selector)
    {
        var lines = SplitLines(stream, file);
        var parsed = Options.JsonLinesParallelism > 1
            ? ParseAhead(lines, file, selector)
            : lines.Select(pending => Parse(pending, file, selector));
        var failuresInARow = 0;
        foreach (var line in parsed)
        {
            yield return line.Selected;
            if (line.EndsStream)
            {
                yield break;
            }

            failuresInARow = line.Succeeded ? 0 : failuresInARow + 1;
            if (failuresInARow >= Options.MaxConsecutiveFailures)
            {
                yield return selector(LineFailure(DiagnosticCodes.TooManyAssessments, string.Create(CultureInfo.InvariantCulture, $"{failuresInARow} records in a row could not be read, so the input does not look like JSON Lines of assessments; the rest was not read."), file, line.Line + 1));
                yield break;
            }
        }
    }

    private ParsedLine<T> Parse<T>(PendingLine pending, string? file, Func<LoadResult<Assessment>, T> selector)
    {
        var result = pending.Failure ?? ParseAssessment(pending.Content, file, pending.Line);

        // Every further "line" of a UTF-16 file would be the same error again.
        var endsStream = pending.Failure is not null
            || (pending.Line == 1 && result.Diagnostics.Any(static d => d.Code == DiagnosticCodes.UnsupportedEncoding));
        return new ParsedLine<T>(pending.Line, result.Succeeded, endsStream, selector(result));
    }

    /// <summary>
    /// Parses (and selects) chunks of lines on the thread pool while this thread reads on, handing
    /// the results back in input order. At most a few chunks per degree of parallelism are held;
    /// lines read past the point where the stream is given up are parsed for nothing and dropped.
    /// </summary>
    private IEnumerable<ParsedLine<T>> ParseAhead<T>(IEnumerable<PendingLine> lines, string? file, Func<LoadResult<Assessment>, T> selector)
    {
        // Big enough that handing a chunk over costs little next to parsing it, small enough that
        // the chunks in flight stay young for the collector.
        const int ChunkSize = 64;
        var inFlight = (2 * Options.JsonLinesParallelism) + 1;
        var queue = new Queue<Task<ParsedLine<T>[]>>();
        var chunk = new List<PendingLine>(ChunkSize);
        foreach (var pending in lines)
        {
            chunk.Add(pending);
            if (chunk.Count < ChunkSize && pending.Failure is null)
            {
                continue;
            }

            queue.Enqueue(Start(chunk));
            chunk = new List<PendingLine>(ChunkSize);
            while (queue.Count >= inFlight)
            {
                foreach (var parsed in queue.Dequeue().GetAwaiter().GetResult())
                {
                    yield return parsed;
                }
            }
        }

        if (chunk.Count > 0)
        {
            queue.Enqueue(Start(chunk));
        }

        while (queue.Count > 0)
        {
            foreach (var parsed in queue.Dequeue().GetAwaiter().GetResult())
            {
                yield return parsed;
            }
        }

        Task<ParsedLine<T>[]> Start(List<PendingLine> work) =>
            Task.Run(() =>
            {
                var done = new ParsedLine<T>[work.Count];
                for (var i = 0; i < done.Length; i++)
                {
                    done[i] = Parse(work[i], file, selector);

                    // The line (and with it its block) can go as soon as it is parsed.
                    work[i] = default;
                }

                return done;
            });
    }

    /// <summary>
    /// The non-blank lines, or at the end one failure (a line too long, too many records, a read
    /// error) after which nothing more is read. The stream is read into blocks that are never
    /// reused, and a line is a slice of its block: its bytes are copied only when it runs past the
    /// end of one block into the next. A result keeps its slice (for its source map), and with it
    /// its block, for as long as the result lives.
    /// </summary>
    private IEnumerable<PendingLine> SplitLines(Stream stream, string? file)
    {
        // Under the large-object threshold, so blocks die young like everything else.
        const int BlockSize = 64 * 1024;
        var limit = Options.MaxFileBytes;
        var buffer = GC.AllocateUninitializedArray<byte>(BlockSize);
        var start = 0;
        var end = 0;
        var line = 1;
        var records = 0;
        var atEnd = false;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline < 0 && !atEnd)
            {
                var pending = end - start;
                if (pending > limit)
                {
                    yield return PendingLine.Failed(line, LineFailure(DiagnosticCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture, $"The line is longer than the limit of {limit} bytes; it and the rest of the input were not read."), file, line));
                    yield break;
                }

                if (end == buffer.Length)
                {
                    // The lines before belong to the results made of them: the rest of this line
                    // moves to a new block (a larger one if the line alone fills this one).
                    var size = pending < buffer.Length / 2 ? BlockSize : (int)Math.Min(Math.Min((long)buffer.Length * 2, limit + 2), Array.MaxLength);
                    if (size <= pending)
                    {
                        yield return PendingLine.Failed(line, LineFailure(DiagnosticCodes.FileTooLarge, "The line is longer than the largest buffer; it and the rest of the input were not read.", file, line));
                        yield break;
                    }

                    var next = GC.AllocateUninitializedArray<byte>(Math.Max(size, BlockSize));
                    buffer.AsSpan(start, pending).CopyTo(next);
                    (buffer, start, end) = (next, 0, pending);
                }

                if (TryRead(stream, buffer, end, out var read) is { } error)
                {
                    yield return PendingLine.Failed(line, LineFailure(DiagnosticCodes.FileUnreadable, "The input cannot be read any further: " + error, file, line));
                    yield break;
                }

                end += read;
                atEnd = read == 0;
                continue;
            }

            var length = newline < 0 ? end - start : newline;
            if (length > limit)
            {
                yield return PendingLine.Failed(line, LineFailure(DiagnosticCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture, $"The line is longer than the limit of {limit} bytes; it and the rest of the input were not read."), file, line));
                yield break;
            }

            var content = buffer.AsMemory(start, length);
            if (line == 1 && content.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                content = content[3..];
            }

            if (content.Span.IndexOfAnyExcept(" \t\r"u8) >= 0)
            {
                if (++records > Options.MaxAssessments)
                {
                    yield return PendingLine.Failed(line, LineFailure(DiagnosticCodes.TooManyAssessments, string.Create(CultureInfo.InvariantCulture, $"The input holds more than the limit of {Options.MaxAssessments} assessments; this line and the rest were not read."), file, line));
                    yield break;
                }

                yield return new PendingLine(line, content, null);
            }

            if (newline < 0)
            {
                yield break;
            }

            start += newline + 1;
            line++;
        }
    }

    private static string? TryRead(Stream stream, byte[] buffer, int offset, out int read)
    {
        try
        {
            read = stream.Read(buffer, offset, buffer.Length - offset);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            read = 0;
            return exception.Message;
        }
    }

    private static LoadResult<Assessment> LineFailure(string code, string message, string? file, int line) =>
        new(null, [new Diagnostic(DiagnosticSeverity.Error, code, message, file, line, 1, string.Empty)], file, null);

    private Diagnostic? ReadFile(string path, out ReadOnlyMemory<byte> bytes) =>
        DocumentFiles.TryRead(path, Options, out bytes, out var problem) ? null : problem;

    private static LoadResult<T> Failed<T>(Diagnostic diagnostic, string path)
        where T : class =>
        new(null, [diagnostic], path, null);

    private static string WithArticle(DocumentKind kind) => (kind == DocumentKind.Assessment ? "an " : "a ") + Describe(kind);

    private static string Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.Rubric => "rubric",
        DocumentKind.Assessment => "assessment",
        DocumentKind.Roster => "roster",
        _ => "document",
    };

    /// <summary>
    /// What is kept of a parsed line until it is handed on: the caller's selection and what the
    /// stream's loop needs to know, but not the line or its result, so that a chunk waiting its
    /// turn holds on to neither (whatever the selection keeps, it keeps).
    /// </summary>
    private readonly record struct ParsedLine<T>(int Line, bool Succeeded, bool EndsStream, T Selected);

    /// <summary>A line to parse, or the failure that ends the stream.</summary>
    private readonly record struct PendingLine(int Line, ReadOnlyMemory<byte> Content, LoadResult<Assessment>? Failure)
    {
        public static PendingLine Failed(int line, LoadResult<Assessment> failure) => new(line, default, failure);
    }
}
