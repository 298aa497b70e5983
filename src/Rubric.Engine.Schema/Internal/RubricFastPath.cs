using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>
/// Reads a plainly valid rubric in one pass of <see cref="JsonTokenizer"/> straight into the
/// model (built as <see cref="DomainMapper.ToRubric"/> builds it), checking by hand what
/// rubric.schema.json and the rubric validators check. It accepts only documents the full pipeline
/// (token scan, JSON Schema, validators) accepts, and gives up (returns null) at anything unusual —
/// an unknown, escaped or repeated property, an escaped id or enum value, a number that is not
/// plain, a limit approached, any error, strict mode with a warning — so that the full pipeline
/// reports it exactly as before. The warnings a valid rubric carries (totals that do not add up,
/// an incomplete sheet) it reports itself, worded as the validators word them and at the positions
/// the full pipeline's source map gives them.
/// </summary>
internal static class RubricFastPath
{
    /// <summary>Root, tasks, task, stages, stage, items, item, rule, conditions or levels, condition or level: the deepest a valid rubric nests.</summary>
    private const int ValidDepth = 10;

    /// <summary>The longest property name a rubric uses (missingObservations); the scanner checks names against the string limit too.</summary>
    private const int LongestName = 19;

    private const decimal MaxPoints = 1_000_000m;

    /// <summary>The longest number read: fifteen significant digits and a point, so that whether the schema compares as double or decimal, it agrees.</summary>
    private const int LongestNumber = 16;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Every property name of a rubric, each a bit of a <see cref="ulong"/> so an object's members are a set.</summary>
    private enum Field
    {
        None,
        Schema,
        FormatVersion,
        Id,
        Title,
        UnitKind,
        Points,
        MissingObservations,
        Incomplete,
        Tasks,
        Awards,
        Number,
        Text,
        Stages,
        Items,
        Methods,
        Evidence,
        Rule,
        Kind,
        Loss,
        Conditions,
        Rate,
        Cap,
        NoneDoneLosesAll,
        Unit,
        Target,
        Levels,
        Step,
        Name,
        Quota,
        Rounding,
        Ties,
        Eligibility,
        Percent,
        Count,
        Resolution,
        Breakers,
        MinimumScore,
        ExcludeVetoed,
        RequiredRound,
    }

    /// <summary>A rubric read by the fast path: the model, its warnings in document order, and where its root starts.</summary>
    internal readonly record struct Outcome(RubricDefinition Rubric, IReadOnlyList<Diagnostic> Diagnostics, (int Line, int Column) Root);

    /// <summary>The rubric with its warnings, or null when the document must go through the full pipeline.</summary>
    public static Outcome? TryRead(ReadOnlySpan<byte> utf8, LoaderOptions options, string? file)
    {
        // A value takes at least one byte of its own, so a document no longer than MaxValues is within it.
        if (utf8.Length > options.MaxFileBytes || utf8.Length > options.MaxValues || options.MaxDepth < ValidDepth || options.MaxStringLength < LongestName)
        {
            return null;
        }

        // No separate UTF-8 check: outside strings the reader takes ASCII only, and every string is
        // either turned into text (which throws at invalid UTF-8) or compared with ASCII names and
        // values (which invalid bytes never equal), so an invalid document is always declined.
        var text = utf8.StartsWith(Utf8Bom) ? utf8[Utf8Bom.Length..] : utf8;
        try
        {
            return Read(text, options, file);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Malformed JSON, half a surrogate pair, or a value the model refuses: the full pipeline says where and why.
            return null;
        }
    }

    /// <summary>The 1-based line and column of a byte offset, as the full pipeline's <see cref="TextLocator"/> gives them (columns in UTF-16 characters).</summary>
    internal static (int Line, int Column) Locate(ReadOnlySpan<byte> text, int offset)
    {
        var before = text[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (1 + before.Count((byte)'\n'), Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    private static Outcome? Read(ReadOnlySpan<byte> text, LoaderOptions options, string? file)
    {
        var reader = new JsonTokenizer(text, ValidDepth + 1);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var root = reader.TokenStartIndex;
        var context = new Context(options);
        var rubric = ReadRubric(ref reader, context);

        // Anything after the root object other than white space makes Read throw.
        if (rubric is null || reader.Read() || context.Items > options.MaxItems || !TargetsExist(rubric))
        {
            return null;
        }

        var warnings = new List<Diagnostic>();
        Warn(rubric, context, text, file, warnings);
        if (options.Strict && warnings.Count > 0)
        {
            return null;
        }

        InDocumentOrder(warnings);
        return new Outcome(rubric, warnings.Count == 0 ? [] : warnings.ToArray(), Locate(text, root));
    }

    /// <summary>Sorts as <see cref="DiagnosticSink.Finish"/> does: by line, then column, then the order they were added (a stable insertion sort of a handful).</summary>
    private static void InDocumentOrder(List<Diagnostic> diagnostics)
    {
        for (var i = 1; i < diagnostics.Count; i++)
        {
            var current = diagnostics[i];
            var j = i - 1;
            while (j >= 0 && (diagnostics[j].Line > current.Line || (diagnostics[j].Line == current.Line && diagnostics[j].Column > current.Column)))
            {
                diagnostics[j + 1] = diagnostics[j];
                j--;
            }

            diagnostics[j + 1] = current;
        }
    }

    /// <summary>The warnings of the validators, in the order they add them.</summary>
    private static void Warn(RubricDefinition rubric, Context context, ReadOnlySpan<byte> text, string? file, List<Diagnostic> warnings)
    {
        var taskSum = Sum(rubric.Tasks, static t => t.Points);
        if (rubric.Points != taskSum)
        {
            Add(warnings, text, file, context.PointsAt, DiagnosticCodes.TotalMismatch, $"The rubric is worth {P(rubric.Points)} points, but its tasks add up to {P(taskSum)}.", "/points");
        }

        if (rubric.IncompleteNote is { } incomplete)
        {
            Add(warnings, text, file, context.IncompleteAt, DiagnosticCodes.IncompleteRubric, $"The rubric is marked incomplete: {incomplete}", "/incomplete");
        }

        var stageIndex = 0;
        for (var t = 0; t < rubric.Tasks.Count; t++)
        {
            var task = rubric.Tasks[t];
            var stageSum = Sum(task.Stages, static s => s.Points);
            if (task.Points != stageSum)
            {
                Add(warnings, text, file, context.TaskPointsAt[t], DiagnosticCodes.TotalMismatch, $"Task '{task.Id}' is worth {P(task.Points)} points, but its stages add up to {P(stageSum)}.", Pointer(t));
            }

            for (var s = 0; s < task.Stages.Count; s++, stageIndex++)
            {
                var stage = task.Stages[s];
                var itemSum = Sum(stage.Items, static i => i.Points);
                if (stage.Points != itemSum)
                {
                    Add(warnings, text, file, context.StagePointsAt[stageIndex], DiagnosticCodes.TotalMismatch, $"Stage '{stage.Id}' is worth {P(stage.Points)} points, but its items add up to {P(itemSum)}.", Pointer(t, s));
                }
            }
        }

        static string Pointer(int task, int stage = -1) => stage < 0
            ? string.Create(CultureInfo.InvariantCulture, $"/tasks/{task}/points")
            : string.Create(CultureInfo.InvariantCulture, $"/tasks/{task}/stages/{stage}/points");
    }

    /// <summary>Points as the validators write them; a whole number (the usual total) the quick way, which writes it the same.</summary>
    private static string P(decimal points) => points.Scale == 0 ? points.ToString(CultureInfo.InvariantCulture) : ValidationText.P(points);

    private static void Add(List<Diagnostic> warnings, ReadOnlySpan<byte> text, string? file, int offset, string code, string message, string pointer)
    {
        var (line, column) = Locate(text, offset);
        warnings.Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, file, line, column, pointer));
    }

    private static decimal Sum<T>(IReadOnlyList<T> values, Func<T, decimal> points)
    {
        // In list order, as Enumerable.Sum adds, so that the scale of the total is the same.
        var sum = 0m;
        for (var i = 0; i < values.Count; i++)
        {
            sum += points(values[i]);
        }

        return sum;
    }

    /// <summary>Every taskScore tie-breaker names a task and every stageScore one a stage.</summary>
    private static bool TargetsExist(RubricDefinition rubric)
    {
        foreach (var award in rubric.AwardPolicies)
        {
            foreach (var breaker in award.Ties.Breakers)
            {
                var found = breaker.Kind switch
                {
                    TieBreakerKind.TaskScore => rubric.Tasks.Any(t => t.Id == breaker.TargetId),
                    TieBreakerKind.StageScore => rubric.Tasks.Any(t => t.Stages.Any(s => s.Id == breaker.TargetId)),
                    _ => true,
                };
                if (!found)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The rubric, built as <see cref="DomainMapper.ToRubric"/> builds it from the document shapes.</summary>
    private static RubricDefinition? ReadRubric(ref JsonTokenizer reader, Context context)
    {
        string id = string.Empty, title = string.Empty;
        string? incomplete = null;
        var unitKind = UnitKind.School;
        var missing = MissingObservationPolicy.Error;
        var points = 0m;
        List<RubricTask>? tasks = null;
        List<AwardPolicy>? awards = null;
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Schema when TryString(ref reader, context, out _):
                case Field.FormatVersion when reader.TokenType == JsonTokenType.Number && reader.ValueSpan.SequenceEqual("1"u8):
                    break;
                case Field.Id when TryId(ref reader, context, out id):
                    break;
                case Field.Title when TryString(ref reader, context, out title) && title.Length > 0:
                    break;
                case Field.UnitKind when TryUnitKind(ref reader, out unitKind):
                    break;
                case Field.Points when TryPoints(ref reader, out points):
                    context.PointsAt = reader.TokenStartIndex;
                    break;
                case Field.MissingObservations when Choice(ref reader, "error", "treatAsNotDone") is { } policy:
                    missing = policy == "error" ? MissingObservationPolicy.Error : MissingObservationPolicy.TreatAsNotDone;
                    break;
                case Field.Incomplete when TryString(ref reader, context, out var note) && note.Length > 0 && !note.Contains('{', StringComparison.Ordinal):
                    // A brace could be taken for a placeholder when the validators format the warning.
                    context.IncompleteAt = reader.TokenStartIndex;
                    incomplete = note;
                    break;
                case Field.Tasks when ReadTasks(ref reader, context) is { } read:
                    tasks = read;
                    break;
                case Field.Awards when ReadAwards(ref reader, context) is { } read:
                    awards = read;
                    break;
                default:
                    return null;
            }
        }

        const ulong required = (1UL << (int)Field.FormatVersion) | (1UL << (int)Field.Id) | (1UL << (int)Field.Title) | (1UL << (int)Field.Points) | (1UL << (int)Field.Tasks);
        if (!EndOfObject(ref reader, seen, required))
        {
            return null;
        }

        var builder = RubricDefinition.CreateBuilder(id, title).WithPoints(points).ForUnit(unitKind).WithMissingObservations(missing);
        if (incomplete is not null)
        {
            builder.MarkIncomplete(incomplete);
        }

        foreach (var task in tasks!)
        {
            builder.AddTask(task);
        }

        foreach (var award in awards ?? [])
        {
            builder.AddAwardPolicy(award);
        }

        return builder.Build();
    }

    private static List<RubricTask>? ReadTasks(ref JsonTokenizer reader, Context context) =>
        ReadArray(ref reader, context, ReadTask) is { Count: > 0 } tasks ? tasks : null;

    /// <summary>Reads one element of an array; null when it is not one the fast path accepts.</summary>
    private delegate T? ElementReader<T>(ref JsonTokenizer reader, Context context)
        where T : class;

    /// <summary>An array, each element read by <paramref name="read"/>; null at the first element that is declined.</summary>
    private static List<T>? ReadArray<T>(ref JsonTokenizer reader, Context context, ElementReader<T> read)
        where T : class
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var elements = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (read(ref reader, context) is not { } element)
            {
                return null;
            }

            elements.Add(element);
        }

        return elements;
    }

    private static RubricTask? ReadTask(ref JsonTokenizer reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string id = string.Empty, text = string.Empty;
        var number = 0;
        var points = 0m;
        var pointsAt = 0;
        List<Stage>? stages = null;
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Id when TryId(ref reader, context, out id):
                case Field.Number when TryWhole(ref reader, 0, out number):
                case Field.Text when TryString(ref reader, context, out text):
                    break;
                case Field.Points when TryPoints(ref reader, out points):
                    pointsAt = reader.TokenStartIndex;
                    break;
                case Field.Stages when ReadStages(ref reader, context) is { } read:
                    stages = read;
                    break;
                default:
                    return null;
            }
        }

        const ulong required = (1UL << (int)Field.Id) | (1UL << (int)Field.Text) | (1UL << (int)Field.Points) | (1UL << (int)Field.Stages);
        if (!EndOfObject(ref reader, seen, required))
        {
            return null;
        }

        context.TaskPointsAt.Add(pointsAt);
        return new RubricTask(id, number, text, points, stages!);
    }

    private static List<Stage>? ReadStages(ref JsonTokenizer reader, Context context) =>
        ReadArray(ref reader, context, ReadStage) is { Count: > 0 } stages ? stages : null;

    private static Stage? ReadStage(ref JsonTokenizer reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string id = string.Empty, text = string.Empty;
        var points = 0m;
        var pointsAt = 0;
        List<Item>? items = null;
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Id when TryId(ref reader, context, out id):
                case Field.Text when TryString(ref reader, context, out text):
                    break;
                case Field.Points when TryPoints(ref reader, out points):
                    pointsAt = reader.TokenStartIndex;
                    break;
                case Field.Items when ReadItems(ref reader, context) is { } read:
                    items = read;
                    break;
                default:
                    return null;
            }
        }

        const ulong required = (1UL << (int)Field.Id) | (1UL << (int)Field.Text) | (1UL << (int)Field.Points) | (1UL << (int)Field.Items);
        if (!EndOfObject(ref reader, seen, required))
        {
            return null;
        }

        context.StagePointsAt.Add(pointsAt);
        return new Stage(id, text, points, items!);
    }

    private static List<Item>? ReadItems(ref JsonTokenizer reader, Context context)
    {
        if (ReadArray(ref reader, context, ReadItem) is not { Count: > 0 } items)
        {
            return null;
        }

        context.Items += items.Count;
        return items;
    }

    private static Item? ReadItem(ref JsonTokenizer reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string id = string.Empty, text = string.Empty;
        var number = 0;
        var points = 0m;
        var methods = EvidenceMethods.None;
        List<string>? evidence = null;
        var rule = default(RuleParts);
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Id when TryId(ref reader, context, out id):
                case Field.Number when TryWhole(ref reader, 0, out number):
                case Field.Text when TryString(ref reader, context, out text):
                case Field.Points when TryPoints(ref reader, out points):
                case Field.Methods when TryMethods(ref reader, out methods):
                case Field.Rule when ReadRule(ref reader, context, ref rule):
                    break;
                case Field.Evidence when ReadEvidence(ref reader, context) is { } read:
                    evidence = read;
                    break;
                default:
                    return null;
            }
        }

        const ulong required = (1UL << (int)Field.Id) | (1UL << (int)Field.Text) | (1UL << (int)Field.Points) | (1UL << (int)Field.Rule);
        return EndOfObject(ref reader, seen, required) && rule.Build(points) is { } deduction
            ? new Item(id, number, text, points, deduction, methods, evidence)
            : null;
    }

    private static bool TryMethods(ref JsonTokenizer reader, out EvidenceMethods methods)
    {
        methods = EvidenceMethods.None;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var method = Choice(ref reader, "listen", "look", "check", "ask", "score") switch
            {
                "listen" => EvidenceMethods.Listen,
                "look" => EvidenceMethods.Look,
                "check" => EvidenceMethods.Check,
                "ask" => EvidenceMethods.Ask,
                "score" => EvidenceMethods.Score,
                _ => EvidenceMethods.None,
            };

            // The schema wants each method once.
            if (method == EvidenceMethods.None || (methods & method) != 0)
            {
                return false;
            }

            methods |= method;
        }

        return true;
    }

    private static List<string>? ReadEvidence(ref JsonTokenizer reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var evidence = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!TryString(ref reader, context, out var text) || string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            evidence.Add(text);
        }

        return evidence;
    }

    private static bool ReadRule(ref JsonTokenizer reader, Context context, ref RuleParts rule)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Kind when Choice(ref reader, FlatRule.KindName, AnyOfRule.KindName, PerUnitRule.KindName, ShortfallRule.KindName, TieredRule.KindName, JudgedRule.KindName) is { } kind:
                    rule.Kind = kind;
                    break;
                case Field.Loss when TryPoints(ref reader, out var loss):
                    rule.Loss = loss;
                    break;
                case Field.Rate when TryPoints(ref reader, out var rate):
                    rule.Rate = rate;
                    break;
                case Field.Cap when TryPoints(ref reader, out var cap):
                    rule.Cap = cap;
                    break;
                case Field.Step when TryPoints(ref reader, out var step):
                    rule.Step = step;
                    break;
                case Field.NoneDoneLosesAll when reader.TokenType is JsonTokenType.True or JsonTokenType.False:
                    rule.NoneDoneLosesAll = reader.TokenType == JsonTokenType.True;
                    break;
                case Field.Unit when TryString(ref reader, context, out var unit) && !string.IsNullOrWhiteSpace(unit):
                    rule.Unit = unit;
                    break;
                case Field.Target when TryWhole(ref reader, 1, out var target):
                    rule.Target = target;
                    break;
                case Field.Conditions when ReadConditions(ref reader, context) is { } conditions:
                    rule.Conditions = conditions;
                    break;
                case Field.Levels when ReadLevels(ref reader, context) is { } levels:
                    rule.Levels = levels;
                    break;
                default:
                    return false;
            }
        }

        rule.Seen = seen;
        return EndOfObject(ref reader, seen, 1UL << (int)Field.Kind);
    }

    private static List<RuleCondition>? ReadConditions(ref JsonTokenizer reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var conditions = new List<RuleCondition>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string id = string.Empty, text = string.Empty;
            var seen = 0UL;
            while (NextMember(ref reader, ref seen, out var field))
            {
                switch (field)
                {
                    // A condition id is an observation key, so the reserved member names are refused.
                    case Field.Id when TryId(ref reader, context, out id) && id is not ("note" or "evidenceRefs") && !conditions.Exists(c => c.Id == id):
                    case Field.Text when TryString(ref reader, context, out text):
                        break;
                    default:
                        return null;
                }
            }

            if (!EndOfObject(ref reader, seen, (1UL << (int)Field.Id) | (1UL << (int)Field.Text)))
            {
                return null;
            }

            conditions.Add(new RuleCondition(id, text));
        }

        return conditions.Count > 0 ? conditions : null;
    }

    private static List<RuleLevel>? ReadLevels(ref JsonTokenizer reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var levels = new List<RuleLevel>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string id = string.Empty, text = string.Empty;
            var loss = 0m;
            var seen = 0UL;
            while (NextMember(ref reader, ref seen, out var field))
            {
                switch (field)
                {
                    case Field.Id when TryId(ref reader, context, out id) && !levels.Exists(l => l.Id == id):
                    case Field.Text when TryString(ref reader, context, out text):
                    case Field.Loss when TryNumber(ref reader, 0m, true, MaxPoints, out loss):
                        break;
                    default:
                        return null;
                }
            }

            if (!EndOfObject(ref reader, seen, (1UL << (int)Field.Id) | (1UL << (int)Field.Text) | (1UL << (int)Field.Loss)))
            {
                return null;
            }

            levels.Add(new RuleLevel(id, text, loss));
        }

        return levels.Count > 0 ? levels : null;
    }

    private static List<AwardPolicy>? ReadAwards(ref JsonTokenizer reader, Context context)
    {
        var awards = ReadArray(ref reader, context, ReadAward);
        for (var i = 1; awards is not null && i < awards.Count; i++)
        {
            if (awards.FindIndex(0, i, a => a.Id == awards[i].Id) >= 0)
            {
                return null;
            }
        }

        return awards;
    }

    private static AwardPolicy? ReadAward(ref JsonTokenizer reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string id = string.Empty, name = string.Empty;
        var unitKind = UnitKind.School;
        AwardQuota? quota = null;
        var rounding = QuotaRounding.Floor;
        TiePolicy? ties = null;
        AwardEligibility? eligibility = null;
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Id when TryId(ref reader, context, out id):
                case Field.Name when TryString(ref reader, context, out name) && !string.IsNullOrWhiteSpace(name):
                case Field.UnitKind when TryUnitKind(ref reader, out unitKind):
                    break;
                case Field.Quota when ReadQuota(ref reader) is { } read:
                    quota = read;
                    break;
                case Field.Rounding when Choice(ref reader, "floor", "ceiling", "nearest") is { } written:
                    rounding = written switch
                    {
                        "floor" => QuotaRounding.Floor,
                        "ceiling" => QuotaRounding.Ceiling,
                        _ => QuotaRounding.Nearest,
                    };
                    break;
                case Field.Ties when ReadTies(ref reader, context) is { } read:
                    ties = read;
                    break;
                case Field.Eligibility when ReadEligibility(ref reader) is { } read:
                    eligibility = read;
                    break;
                default:
                    return null;
            }
        }

        const ulong required = (1UL << (int)Field.Id) | (1UL << (int)Field.Name) | (1UL << (int)Field.UnitKind) | (1UL << (int)Field.Quota) | (1UL << (int)Field.Rounding) | (1UL << (int)Field.Ties);
        return EndOfObject(ref reader, seen, required) ? new AwardPolicy(id, name, unitKind, quota!, rounding, ties!, eligibility) : null;
    }

    private static AwardQuota? ReadQuota(ref JsonTokenizer reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        decimal? percent = null;
        int? count = null;
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Percent when TryNumber(ref reader, 0m, false, 100m, out var share):
                    percent = share;
                    break;
                case Field.Count when TryWhole(ref reader, 0, out var whole):
                    count = whole;
                    break;
                default:
                    return null;
            }
        }

        // Exactly one of the two.
        if (!EndOfObject(ref reader, seen, 0UL) || (percent is null) == (count is null))
        {
            return null;
        }

        return percent is { } p ? AwardQuota.OfPercent(p) : AwardQuota.OfCount(count!.Value);
    }

    private static TiePolicy? ReadTies(ref JsonTokenizer reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? resolution = null;
        List<TieBreaker>? breakers = null;
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Resolution when Choice(ref reader, "includeAll", "excludeAll", "breakTies") is { } written:
                    resolution = written;
                    break;
                case Field.Breakers when ReadBreakers(ref reader, context) is { } read:
                    breakers = read;
                    break;
                default:
                    return null;
            }
        }

        // Tie-breakers are given exactly when ties are broken.
        if (!EndOfObject(ref reader, seen, 1UL << (int)Field.Resolution) || (resolution == "breakTies") != (breakers is not null))
        {
            return null;
        }

        var kind = resolution switch
        {
            "includeAll" => TieResolution.IncludeAll,
            "excludeAll" => TieResolution.ExcludeAll,
            _ => TieResolution.BreakTies,
        };
        return new TiePolicy(kind, breakers ?? []);
    }

    private static List<TieBreaker>? ReadBreakers(ref JsonTokenizer reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var breakers = new List<TieBreaker>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? kind = null, target = null;
            var seen = 0UL;
            while (NextMember(ref reader, ref seen, out var field))
            {
                switch (field)
                {
                    case Field.Kind when Choice(ref reader, "taskScore", "stageScore", "fewerItemsLost", "smallerSelfGap") is { } written:
                        kind = written;
                        break;
                    case Field.Target when TryId(ref reader, context, out var id):
                        target = id;
                        break;
                    default:
                        return null;
                }
            }

            // taskScore and stageScore name their target; the others name none.
            if (!EndOfObject(ref reader, seen, 1UL << (int)Field.Kind) || (kind is "taskScore" or "stageScore") != (target is not null))
            {
                return null;
            }

            var breaker = kind switch
            {
                "taskScore" => TieBreakerKind.TaskScore,
                "stageScore" => TieBreakerKind.StageScore,
                "fewerItemsLost" => TieBreakerKind.FewerItemsLost,
                _ => TieBreakerKind.SmallerSelfGap,
            };
            breakers.Add(new TieBreaker(breaker, target));
        }

        return breakers.Count > 0 ? breakers : null;
    }

    private static AwardEligibility? ReadEligibility(ref JsonTokenizer reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        decimal? minimum = null;
        bool? excludeVetoed = null;
        AssessmentRound? round = null;
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.MinimumScore when TryNumber(ref reader, 0m, true, MaxPoints, out var score):
                    minimum = score;
                    break;
                case Field.ExcludeVetoed when reader.TokenType is JsonTokenType.True or JsonTokenType.False:
                    excludeVetoed = reader.TokenType == JsonTokenType.True;
                    break;
                case Field.RequiredRound when Choice(ref reader, "selfAssessment", "annual", "unannounced") is { } written:
                    round = written switch
                    {
                        "selfAssessment" => AssessmentRound.SelfAssessment,
                        "annual" => AssessmentRound.Annual,
                        _ => AssessmentRound.Unannounced,
                    };
                    break;
                default:
                    return null;
            }
        }

        return EndOfObject(ref reader, seen, 0UL)
            ? new AwardEligibility { MinimumScore = minimum, ExcludeVetoed = excludeVetoed ?? false, RequiredRound = round }
            : null;
    }

    /// <summary>
    /// Moves to the next member of an object and onto its value; false at the end of the object.
    /// The field is <see cref="Field.None"/> for a name that is escaped, unknown or repeated.
    /// </summary>
    private static bool NextMember(ref JsonTokenizer reader, ref ulong seen, out Field field)
    {
        field = Field.None;
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            return false;
        }

        var name = reader.ValueIsEscaped ? Field.None : FieldOf(reader.ValueSpan);
        var bit = 1UL << (int)name;
        if (name != Field.None && (seen & bit) == 0 && reader.Read())
        {
            seen |= bit;
            field = name;
        }

        return true;
    }

    private static bool EndOfObject(ref JsonTokenizer reader, ulong seen, ulong required) =>
        reader.TokenType == JsonTokenType.EndObject && (seen & required) == required;

    /// <summary>
    /// A member name as a field. A name of up to eight bytes is read as one number (its bytes,
    /// little-endian, zero-padded) and matched in one switch: the reader spends most of a rubric's
    /// members here, one name at a time. Padding cannot make two names equal: a NUL byte is never
    /// part of an unescaped name (the reader refuses control characters), and escaped names are
    /// declined before they get here.
    /// </summary>
    private static Field FieldOf(ReadOnlySpan<byte> name)
    {
        if (name.Length > sizeof(ulong))
        {
            return LongFieldOf(name);
        }

        var key = 0UL;
        for (var k = 0; k < name.Length; k++)
        {
            key |= (ulong)name[k] << (8 * k);
        }

        return key switch
        {
            0x6469UL => Field.Id, // id
            0x706163UL => Field.Cap, // cap
            0x74786574UL => Field.Text, // text
            0x646E696BUL => Field.Kind, // kind
            0x73736F6CUL => Field.Loss, // loss
            0x65746172UL => Field.Rate, // rate
            0x74696E75UL => Field.Unit, // unit
            0x70657473UL => Field.Step, // step
            0x656D616EUL => Field.Name, // name
            0x73656974UL => Field.Ties, // ties
            0x656C7572UL => Field.Rule, // rule
            0x736D657469UL => Field.Items, // items
            0x656C746974UL => Field.Title, // title
            0x736B736174UL => Field.Tasks, // tasks
            0x61746F7571UL => Field.Quota, // quota
            0x746E756F63UL => Field.Count, // count
            0x73746E696F70UL => Field.Points, // points
            0x7265626D756EUL => Field.Number, // number
            0x736567617473UL => Field.Stages, // stages
            0x736472617761UL => Field.Awards, // awards
            0x746567726174UL => Field.Target, // target
            0x736C6576656CUL => Field.Levels, // levels
            0x73646F6874656DUL => Field.Methods, // methods
            0x616D6568637324UL => Field.Schema, // $schema
            0x746E6563726570UL => Field.Percent, // percent
            0x65636E6564697665UL => Field.Evidence, // evidence
            0x646E694B74696E75UL => Field.UnitKind, // unitKind
            0x676E69646E756F72UL => Field.Rounding, // rounding
            0x7372656B61657262UL => Field.Breakers, // breakers
            _ => Field.None,
        };
    }

    private static Field LongFieldOf(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("conditions"u8) => Field.Conditions,
        _ when name.SequenceEqual("incomplete"u8) => Field.Incomplete,
        _ when name.SequenceEqual("resolution"u8) => Field.Resolution,
        _ when name.SequenceEqual("eligibility"u8) => Field.Eligibility,
        _ when name.SequenceEqual("minimumScore"u8) => Field.MinimumScore,
        _ when name.SequenceEqual("formatVersion"u8) => Field.FormatVersion,
        _ when name.SequenceEqual("excludeVetoed"u8) => Field.ExcludeVetoed,
        _ when name.SequenceEqual("requiredRound"u8) => Field.RequiredRound,
        _ when name.SequenceEqual("noneDoneLosesAll"u8) => Field.NoneDoneLosesAll,
        _ when name.SequenceEqual("missingObservations"u8) => Field.MissingObservations,
        _ => Field.None,
    };


    private static bool TryUnitKind(ref JsonTokenizer reader, out UnitKind unitKind)
    {
        unitKind = Choice(ref reader, "school", "staffMember", "centre") switch
        {
            "school" => UnitKind.School,
            "staffMember" => UnitKind.StaffMember,
            "centre" => UnitKind.Centre,
            _ => (UnitKind)(-1),
        };
        return unitKind != (UnitKind)(-1);
    }

    /// <summary>One of the enum's values, unescaped, as the shared constant.</summary>
    private static string? Choice(ref JsonTokenizer reader, params ReadOnlySpan<string> choices)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return null;
        }

        foreach (var choice in choices)
        {
            if (Ascii.Equals(reader.ValueSpan, choice))
            {
                return choice;
            }
        }

        return null;
    }

    /// <summary>A string within the length limit; a UTF-8 or escaped text never has more characters than bytes.</summary>
    private static bool TryString(ref JsonTokenizer reader, Context context, out string text)
    {
        text = string.Empty;
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > context.Options.MaxStringLength)
        {
            return false;
        }

        text = reader.GetString()!;
        return true;
    }

    private static bool TryId(ref JsonTokenizer reader, Context context, out string id)
    {
        id = string.Empty;
        return reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && IsId(reader.ValueSpan) && TryString(ref reader, context, out id);
    }

    /// <summary>The schema's id pattern, ^[A-Za-z0-9][A-Za-z0-9._-]*$, checked on the raw bytes.</summary>
    private static bool IsId(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetterOrDigit((char)text[0]))
        {
            return false;
        }

        foreach (var b in text[1..])
        {
            if (!char.IsAsciiLetterOrDigit((char)b) && b is not ((byte)'.' or (byte)'_' or (byte)'-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Points: a plain number greater than 0 and at most 1,000,000.</summary>
    private static bool TryPoints(ref JsonTokenizer reader, out decimal points) => TryNumber(ref reader, 0m, false, MaxPoints, out points);

    /// <summary>
    /// A plain number (digits with at most one decimal point: no sign, no exponent, at most
    /// fifteen digits) from the minimum (inclusive or not) to the maximum.
    /// </summary>
    private static bool TryNumber(ref JsonTokenizer reader, decimal minimum, bool inclusive, decimal maximum, out decimal value)
    {
        value = 0m;
        return reader.TokenType == JsonTokenType.Number
            && TryPlainDecimal(reader.ValueSpan, out value)
            && (inclusive ? value >= minimum : value > minimum)
            && value <= maximum;
    }

    /// <summary>
    /// The decimal of a plain number, scale and all (1.50 stays 1.50, as <see cref="Utf8JsonReader.GetDecimal"/>
    /// reads it); false for anything else, and for a zero, whose scale is left to the reader.
    /// </summary>
    internal static bool TryPlainDecimal(ReadOnlySpan<byte> raw, out decimal value)
    {
        value = 0m;
        if (raw.IsEmpty || raw.Length > LongestNumber)
        {
            return false;
        }

        var mantissa = 0L;
        var scale = -1;
        foreach (var b in raw)
        {
            if (b == (byte)'.' && scale < 0)
            {
                scale = 0;
                continue;
            }

            if (!char.IsAsciiDigit((char)b))
            {
                return false;
            }

            mantissa = (mantissa * 10) + (b - '0');
            scale += scale < 0 ? 0 : 1;
        }

        if (mantissa == 0 || scale == 0 || raw[0] == (byte)'.')
        {
            return mantissa == 0 && scale != 0 && raw[0] != (byte)'.' && Utf8Parser.TryParse(raw, out value, out var consumed) && consumed == raw.Length;
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>A whole number written with digits only, from the minimum to <see cref="int.MaxValue"/>.</summary>
    private static bool TryWhole(ref JsonTokenizer reader, int minimum, out int value)
    {
        value = 0;
        var raw = reader.ValueSpan;
        if (reader.TokenType != JsonTokenType.Number || raw.IsEmpty || raw.Length > 10 || raw.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
        {
            return false;
        }

        var whole = 0L;
        foreach (var b in raw)
        {
            whole = (whole * 10) + (b - '0');
        }

        value = (int)Math.Min(whole, int.MaxValue);
        return whole >= minimum && whole <= int.MaxValue;
    }

    /// <summary>The members of a rule as read, turned into the rule once the item's points are known.</summary>
    private struct RuleParts
    {
        public string? Kind;
        public decimal? Loss;
        public decimal? Rate;
        public decimal? Cap;
        public decimal? Step;
        public bool? NoneDoneLosesAll;
        public string? Unit;
        public int? Target;
        public List<RuleCondition>? Conditions;
        public List<RuleLevel>? Levels;
        public ulong Seen;

        /// <summary>The rule, when it has exactly the members its kind allows and needs, each within the item's points; else null.</summary>
        public readonly DeductionRule? Build(decimal itemPoints)
        {
            const ulong kind = 1UL << (int)Field.Kind;
            const ulong loss = 1UL << (int)Field.Loss;
            const ulong rate = 1UL << (int)Field.Rate;
            const ulong cap = 1UL << (int)Field.Cap;
            const ulong counted = (1UL << (int)Field.NoneDoneLosesAll) | (1UL << (int)Field.Unit);
            const ulong target = 1UL << (int)Field.Target;
            const ulong conditions = 1UL << (int)Field.Conditions;
            const ulong levels = 1UL << (int)Field.Levels;
            const ulong step = 1UL << (int)Field.Step;
            var (allowed, required) = Kind switch
            {
                FlatRule.KindName => (kind | loss, kind),
                AnyOfRule.KindName => (kind | conditions | loss, kind | conditions),
                PerUnitRule.KindName => (kind | rate | cap | counted, kind | rate),
                ShortfallRule.KindName => (kind | target | rate | cap | counted, kind | target | rate),
                TieredRule.KindName => (kind | levels, kind | levels),
                JudgedRule.KindName => (kind | step, kind),
                _ => (0UL, ulong.MaxValue),
            };
            if ((Seen & ~allowed) != 0 || (Seen & required) != required)
            {
                return null;
            }

            if (Loss > itemPoints || Rate > itemPoints || Cap > itemPoints || Step > itemPoints || (Step is { } s && itemPoints % s != 0m))
            {
                return null;
            }

            foreach (var level in Levels ?? [])
            {
                if (level.Loss > itemPoints)
                {
                    return null;
                }
            }

            // As DomainMapper builds each kind, defaults included.
            return Kind switch
            {
                FlatRule.KindName => new FlatRule(Loss),
                AnyOfRule.KindName => new AnyOfRule(Conditions!, Loss),
                PerUnitRule.KindName => new PerUnitRule(Rate ?? 0m, Cap, NoneDoneLosesAll ?? true, Unit ?? "人次"),
                ShortfallRule.KindName => new ShortfallRule(Target ?? 0, Rate ?? 0m, Cap, NoneDoneLosesAll ?? true, Unit ?? "人次"),
                TieredRule.KindName => new TieredRule(Levels!),
                _ => new JudgedRule(Step),
            };
        }
    }

    /// <summary>What one read collects beside the document: where warnings go and the item count (repeated ids make the model throw, which declines).</summary>
    private sealed class Context(LoaderOptions options)
    {
        public LoaderOptions Options { get; } = options;

        public int Items { get; set; }

        public int PointsAt { get; set; }

        public int IncompleteAt { get; set; }

        public List<int> TaskPointsAt { get; } = [];

        public List<int> StagePointsAt { get; } = [];
    }
}
