using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Rubric.Engine.Schema;

/// <summary>
/// Reads a plainly valid rubric in one pass of <see cref="Utf8JsonReader"/> into the document
/// shapes, checks by hand what rubric.schema.json and the rubric validators check, and maps it
/// with <see cref="DomainMapper"/>. It accepts only documents the full pipeline (token scan, JSON
/// Schema, validators) accepts, and gives up (returns null) at anything unusual — an unknown,
/// escaped or repeated property, an escaped id or enum value, a number that is not plain, a limit
/// approached, any error — so that the full pipeline reports it exactly as before. The warnings a
/// valid rubric carries (totals that do not add up, an incomplete sheet) it reports itself, at the
/// positions the full pipeline's source map gives them.
/// </summary>
internal static class RubricFastPath
{
    /// <summary>Root, tasks, task, stages, stage, items, item, rule, conditions or levels, condition or level: the deepest a valid rubric nests.</summary>
    private const int ValidDepth = 10;

    /// <summary>The longest property name a rubric uses (missingObservations); the scanner checks names against the string limit too.</summary>
    private const int LongestName = 19;

    private const decimal MaxPoints = 1_000_000m;

    private const decimal MaxWhole = int.MaxValue;

    /// <summary>The longest number read: fifteen significant digits and a point, so that whether the schema compares as double or decimal, it agrees.</summary>
    private const int LongestNumber = 16;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = ValidDepth + 1,
    };

    private static readonly SearchValues<byte> PlainNumber = SearchValues.Create("0123456789."u8);

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

        var text = utf8.StartsWith(Utf8Bom) ? utf8[Utf8Bom.Length..] : utf8;
        if (!Utf8.IsValid(text))
        {
            return null;
        }

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
        var reader = new Utf8JsonReader(text, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var root = (int)reader.TokenStartIndex;
        var context = new Context(options);
        var document = ReadRubric(ref reader, context);

        // Anything after the root object other than white space makes Read throw.
        if (document is null || reader.Read() || context.Items > options.MaxItems || !TargetsExist(document))
        {
            return null;
        }

        var sink = new DiagnosticSink(file, 1);
        Warn(document, context, text, sink);
        if (options.Strict && sink.Diagnostics.Count > 0)
        {
            return null;
        }

        var rubric = DomainMapper.ToRubric(document);
        return new Outcome(rubric, sink.Diagnostics.Count == 0 ? [] : sink.Finish(strict: false), Locate(text, root));
    }

    /// <summary>The warnings of the validators, in the order they add them; the sink sorts them by position.</summary>
    private static void Warn(RubricDocument document, Context context, ReadOnlySpan<byte> text, DiagnosticSink sink)
    {
        var taskSum = Sum(document.Tasks, static t => t.Points);
        if (document.Points != taskSum)
        {
            Add(sink, text, context.PointsAt, DiagnosticCodes.TotalMismatch, $"The rubric is worth {ValidationText.P(document.Points)} points, but its tasks add up to {ValidationText.P(taskSum)}.", "/points");
        }

        if (document.Incomplete is { } incomplete)
        {
            Add(sink, text, context.IncompleteAt, DiagnosticCodes.IncompleteRubric, $"The rubric is marked incomplete: {incomplete}", "/incomplete");
        }

        var stageIndex = 0;
        for (var t = 0; t < document.Tasks.Count; t++)
        {
            var task = document.Tasks[t];
            var stageSum = Sum(task.Stages, static s => s.Points);
            if (task.Points != stageSum)
            {
                Add(sink, text, context.TaskPointsAt[t], DiagnosticCodes.TotalMismatch, $"Task '{task.Id}' is worth {ValidationText.P(task.Points)} points, but its stages add up to {ValidationText.P(stageSum)}.", Pointer(t));
            }

            for (var s = 0; s < task.Stages.Count; s++, stageIndex++)
            {
                var stage = task.Stages[s];
                var itemSum = Sum(stage.Items, static i => i.Points);
                if (stage.Points != itemSum)
                {
                    Add(sink, text, context.StagePointsAt[stageIndex], DiagnosticCodes.TotalMismatch, $"Stage '{stage.Id}' is worth {ValidationText.P(stage.Points)} points, but its items add up to {ValidationText.P(itemSum)}.", Pointer(t, s));
                }
            }
        }

        static string Pointer(int task, int stage = -1) => stage < 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/tasks/{task}/points")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/tasks/{task}/stages/{stage}/points");
    }

    private static void Add(DiagnosticSink sink, ReadOnlySpan<byte> text, int offset, string code, string message, string pointer)
    {
        var (line, column) = Locate(text, offset);
        sink.Add(DiagnosticSeverity.Warning, code, message, line, column, pointer);
    }

    private static decimal Sum<T>(List<T> values, Func<T, decimal> points)
    {
        // In list order, as Enumerable.Sum adds, so that the scale of the total is the same.
        var sum = 0m;
        foreach (var value in values)
        {
            sum += points(value);
        }

        return sum;
    }

    /// <summary>Every taskScore tie-breaker names a task and every stageScore one a stage.</summary>
    private static bool TargetsExist(RubricDocument document)
    {
        foreach (var award in document.Awards ?? [])
        {
            foreach (var breaker in award.Ties.Breakers ?? [])
            {
                var found = breaker.Kind switch
                {
                    "taskScore" => document.Tasks.Exists(t => t.Id == breaker.Target),
                    "stageScore" => document.Tasks.Exists(t => t.Stages.Exists(s => s.Id == breaker.Target)),
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

    private static RubricDocument? ReadRubric(ref Utf8JsonReader reader, Context context)
    {
        var document = new RubricDocument { FormatVersion = 1m };
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Schema when TryString(ref reader, context, out var schema):
                    document.Schema = schema;
                    break;
                case Field.FormatVersion when reader.TokenType == JsonTokenType.Number && reader.ValueSpan.SequenceEqual("1"u8):
                    break;
                case Field.Id when TryId(ref reader, context, out var id):
                    document.Id = id;
                    break;
                case Field.Title when TryString(ref reader, context, out var title) && title.Length > 0:
                    document.Title = title;
                    break;
                case Field.UnitKind when UnitKindOf(ref reader) is { } unitKind:
                    document.UnitKind = unitKind;
                    break;
                case Field.Points when TryPoints(ref reader, out var points):
                    context.PointsAt = (int)reader.TokenStartIndex;
                    document.Points = points;
                    break;
                case Field.MissingObservations when Choice(ref reader, "error", "treatAsNotDone") is { } missing:
                    document.MissingObservations = missing;
                    break;
                case Field.Incomplete when TryString(ref reader, context, out var incomplete) && incomplete.Length > 0 && !incomplete.Contains('{', StringComparison.Ordinal):
                    // A brace could be taken for a placeholder when the validators format the warning.
                    context.IncompleteAt = (int)reader.TokenStartIndex;
                    document.Incomplete = incomplete;
                    break;
                case Field.Tasks when ReadTasks(ref reader, context) is { } tasks:
                    document.Tasks = tasks;
                    break;
                case Field.Awards when ReadAwards(ref reader, context) is { } awards:
                    document.Awards = awards;
                    break;
                default:
                    return null;
            }
        }

        const ulong required = (1UL << (int)Field.FormatVersion) | (1UL << (int)Field.Id) | (1UL << (int)Field.Title) | (1UL << (int)Field.Points) | (1UL << (int)Field.Tasks);
        return EndOfObject(ref reader, seen, required) ? document : null;
    }

    private static List<TaskDocument>? ReadTasks(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var tasks = new List<TaskDocument>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadTask(ref reader, context) is not { } task)
            {
                return null;
            }

            tasks.Add(task);
        }

        return tasks.Count > 0 ? tasks : null;
    }

    private static TaskDocument? ReadTask(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var task = new TaskDocument();
        var seen = 0UL;
        var pointsAt = 0;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Id when TryId(ref reader, context, out var id) && context.Ids.Add(id):
                    task.Id = id;
                    break;
                case Field.Number when TryWhole(ref reader, 0m, out var number):
                    task.Number = number;
                    break;
                case Field.Text when TryString(ref reader, context, out var text):
                    task.Text = text;
                    break;
                case Field.Points when TryPoints(ref reader, out var points):
                    pointsAt = (int)reader.TokenStartIndex;
                    task.Points = points;
                    break;
                case Field.Stages when ReadStages(ref reader, context) is { } stages:
                    task.Stages = stages;
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
        return task;
    }

    private static List<StageDocument>? ReadStages(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var stages = new List<StageDocument>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadStage(ref reader, context) is not { } stage)
            {
                return null;
            }

            stages.Add(stage);
        }

        return stages.Count > 0 ? stages : null;
    }

    private static StageDocument? ReadStage(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var stage = new StageDocument();
        var seen = 0UL;
        var pointsAt = 0;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Id when TryId(ref reader, context, out var id) && context.Ids.Add(id):
                    stage.Id = id;
                    break;
                case Field.Text when TryString(ref reader, context, out var text):
                    stage.Text = text;
                    break;
                case Field.Points when TryPoints(ref reader, out var points):
                    pointsAt = (int)reader.TokenStartIndex;
                    stage.Points = points;
                    break;
                case Field.Items when ReadItems(ref reader, context) is { } items:
                    stage.Items = items;
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
        return stage;
    }

    private static List<ItemDocument>? ReadItems(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var items = new List<ItemDocument>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadItem(ref reader, context) is not { } item)
            {
                return null;
            }

            items.Add(item);
        }

        context.Items += items.Count;
        return items.Count > 0 ? items : null;
    }

    private static ItemDocument? ReadItem(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var item = new ItemDocument();
        var seen = 0UL;
        var ruleFields = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Id when TryId(ref reader, context, out var id) && context.Ids.Add(id):
                    item.Id = id;
                    break;
                case Field.Number when TryWhole(ref reader, 0m, out var number):
                    item.Number = number;
                    break;
                case Field.Text when TryString(ref reader, context, out var text):
                    item.Text = text;
                    break;
                case Field.Points when TryPoints(ref reader, out var points):
                    item.Points = points;
                    break;
                case Field.Methods when ReadMethods(ref reader) is { } methods:
                    item.Methods = methods;
                    break;
                case Field.Evidence when ReadEvidence(ref reader, context) is { } evidence:
                    item.Evidence = evidence;
                    break;
                case Field.Rule when ReadRule(ref reader, context, out ruleFields) is { } rule:
                    item.Rule = rule;
                    break;
                default:
                    return null;
            }
        }

        const ulong required = (1UL << (int)Field.Id) | (1UL << (int)Field.Text) | (1UL << (int)Field.Points) | (1UL << (int)Field.Rule);
        return EndOfObject(ref reader, seen, required) && RuleFits(item.Rule, ruleFields, item.Points) ? item : null;
    }

    private static List<string>? ReadMethods(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var methods = new List<string>(1);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // The schema wants each method once.
            if (Choice(ref reader, "listen", "look", "check", "ask", "score") is not { } method || methods.Contains(method))
            {
                return null;
            }

            methods.Add(method);
        }

        return methods;
    }

    private static List<string>? ReadEvidence(ref Utf8JsonReader reader, Context context)
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

    private static RuleDocument? ReadRule(ref Utf8JsonReader reader, Context context, out ulong seen)
    {
        seen = 0UL;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var rule = new RuleDocument();
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
                case Field.Target when TryWhole(ref reader, 1m, out var target):
                    rule.Target = target;
                    break;
                case Field.Conditions when ReadConditions(ref reader, context) is { } conditions:
                    rule.Conditions = conditions;
                    break;
                case Field.Levels when ReadLevels(ref reader, context) is { } levels:
                    rule.Levels = levels;
                    break;
                default:
                    return null;
            }
        }

        return EndOfObject(ref reader, seen, 1UL << (int)Field.Kind) ? rule : null;
    }

    /// <summary>The rule has exactly the members its kind allows and needs, each within the item's points.</summary>
    private static bool RuleFits(RuleDocument rule, ulong seen, decimal itemPoints)
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
        var (allowed, required) = rule.Kind switch
        {
            FlatRule.KindName => (kind | loss, kind),
            AnyOfRule.KindName => (kind | conditions | loss, kind | conditions),
            PerUnitRule.KindName => (kind | rate | cap | counted, kind | rate),
            ShortfallRule.KindName => (kind | target | rate | cap | counted, kind | target | rate),
            TieredRule.KindName => (kind | levels, kind | levels),
            JudgedRule.KindName => (kind | step, kind),
            _ => (0UL, ulong.MaxValue),
        };
        if ((seen & ~allowed) != 0 || (seen & required) != required)
        {
            return false;
        }

        if (rule.Loss > itemPoints || rule.Rate > itemPoints || rule.Cap > itemPoints || rule.Step > itemPoints)
        {
            return false;
        }

        if (rule.Step is { } s && itemPoints % s != 0m)
        {
            return false;
        }

        foreach (var level in rule.Levels ?? [])
        {
            if (level.Loss > itemPoints)
            {
                return false;
            }
        }

        return true;
    }

    private static List<ConditionDocument>? ReadConditions(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var conditions = new List<ConditionDocument>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var condition = new ConditionDocument();
            var seen = 0UL;
            while (NextMember(ref reader, ref seen, out var field))
            {
                switch (field)
                {
                    // A condition id is an observation key, so the reserved member names are refused.
                    case Field.Id when TryId(ref reader, context, out var id) && id is not ("note" or "evidenceRefs") && !conditions.Exists(c => c.Id == id):
                        condition.Id = id;
                        break;
                    case Field.Text when TryString(ref reader, context, out var text):
                        condition.Text = text;
                        break;
                    default:
                        return null;
                }
            }

            if (!EndOfObject(ref reader, seen, (1UL << (int)Field.Id) | (1UL << (int)Field.Text)))
            {
                return null;
            }

            conditions.Add(condition);
        }

        return conditions.Count > 0 ? conditions : null;
    }

    private static List<LevelDocument>? ReadLevels(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var levels = new List<LevelDocument>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var level = new LevelDocument();
            var seen = 0UL;
            while (NextMember(ref reader, ref seen, out var field))
            {
                switch (field)
                {
                    case Field.Id when TryId(ref reader, context, out var id) && !levels.Exists(l => l.Id == id):
                        level.Id = id;
                        break;
                    case Field.Text when TryString(ref reader, context, out var text):
                        level.Text = text;
                        break;
                    case Field.Loss when TryNumber(ref reader, 0m, true, MaxPoints, out var loss):
                        level.Loss = loss;
                        break;
                    default:
                        return null;
                }
            }

            if (!EndOfObject(ref reader, seen, (1UL << (int)Field.Id) | (1UL << (int)Field.Text) | (1UL << (int)Field.Loss)))
            {
                return null;
            }

            levels.Add(level);
        }

        return levels.Count > 0 ? levels : null;
    }

    private static List<AwardDocument>? ReadAwards(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var awards = new List<AwardDocument>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadAward(ref reader, context) is not { } award || awards.Exists(a => a.Id == award.Id))
            {
                return null;
            }

            awards.Add(award);
        }

        return awards;
    }

    private static AwardDocument? ReadAward(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var award = new AwardDocument();
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Id when TryId(ref reader, context, out var id):
                    award.Id = id;
                    break;
                case Field.Name when TryString(ref reader, context, out var name) && !string.IsNullOrWhiteSpace(name):
                    award.Name = name;
                    break;
                case Field.UnitKind when UnitKindOf(ref reader) is { } unitKind:
                    award.UnitKind = unitKind;
                    break;
                case Field.Quota when ReadQuota(ref reader) is { } quota:
                    award.Quota = quota;
                    break;
                case Field.Rounding when Choice(ref reader, "floor", "ceiling", "nearest") is { } rounding:
                    award.Rounding = rounding;
                    break;
                case Field.Ties when ReadTies(ref reader, context) is { } ties:
                    award.Ties = ties;
                    break;
                case Field.Eligibility when ReadEligibility(ref reader) is { } eligibility:
                    award.Eligibility = eligibility;
                    break;
                default:
                    return null;
            }
        }

        const ulong required = (1UL << (int)Field.Id) | (1UL << (int)Field.Name) | (1UL << (int)Field.UnitKind) | (1UL << (int)Field.Quota) | (1UL << (int)Field.Rounding) | (1UL << (int)Field.Ties);
        return EndOfObject(ref reader, seen, required) ? award : null;
    }

    private static QuotaDocument? ReadQuota(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var quota = new QuotaDocument();
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Percent when TryNumber(ref reader, 0m, false, 100m, out var percent):
                    quota.Percent = percent;
                    break;
                case Field.Count when TryWhole(ref reader, 0m, out var count):
                    quota.Count = count;
                    break;
                default:
                    return null;
            }
        }

        // Exactly one of the two.
        return EndOfObject(ref reader, seen, 0UL) && (quota.Percent is null) != (quota.Count is null) ? quota : null;
    }

    private static TiesDocument? ReadTies(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var ties = new TiesDocument();
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.Resolution when Choice(ref reader, "includeAll", "excludeAll", "breakTies") is { } resolution:
                    ties.Resolution = resolution;
                    break;
                case Field.Breakers when ReadBreakers(ref reader, context) is { } breakers:
                    ties.Breakers = breakers;
                    break;
                default:
                    return null;
            }
        }

        // Tie-breakers are given exactly when ties are broken.
        return EndOfObject(ref reader, seen, 1UL << (int)Field.Resolution) && (ties.Resolution == "breakTies") == (ties.Breakers is not null) ? ties : null;
    }

    private static List<TieBreakerDocument>? ReadBreakers(ref Utf8JsonReader reader, Context context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var breakers = new List<TieBreakerDocument>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var breaker = new TieBreakerDocument();
            var seen = 0UL;
            while (NextMember(ref reader, ref seen, out var field))
            {
                switch (field)
                {
                    case Field.Kind when Choice(ref reader, "taskScore", "stageScore", "fewerItemsLost", "smallerSelfGap") is { } kind:
                        breaker.Kind = kind;
                        break;
                    case Field.Target when TryId(ref reader, context, out var target):
                        breaker.Target = target;
                        break;
                    default:
                        return null;
                }
            }

            // taskScore and stageScore name their target; the others name none.
            if (!EndOfObject(ref reader, seen, 1UL << (int)Field.Kind) || (breaker.Kind is "taskScore" or "stageScore") != (breaker.Target is not null))
            {
                return null;
            }

            breakers.Add(breaker);
        }

        return breakers.Count > 0 ? breakers : null;
    }

    private static EligibilityDocument? ReadEligibility(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var eligibility = new EligibilityDocument();
        var seen = 0UL;
        while (NextMember(ref reader, ref seen, out var field))
        {
            switch (field)
            {
                case Field.MinimumScore when TryNumber(ref reader, 0m, true, MaxPoints, out var minimum):
                    eligibility.MinimumScore = minimum;
                    break;
                case Field.ExcludeVetoed when reader.TokenType is JsonTokenType.True or JsonTokenType.False:
                    eligibility.ExcludeVetoed = reader.TokenType == JsonTokenType.True;
                    break;
                case Field.RequiredRound when Choice(ref reader, "selfAssessment", "annual", "unannounced") is { } round:
                    eligibility.RequiredRound = round;
                    break;
                default:
                    return null;
            }
        }

        return EndOfObject(ref reader, seen, 0UL) ? eligibility : null;
    }

    /// <summary>
    /// Moves to the next member of an object and onto its value; false at the end of the object.
    /// The field is <see cref="Field.None"/> for a name that is escaped, unknown or repeated.
    /// </summary>
    private static bool NextMember(ref Utf8JsonReader reader, ref ulong seen, out Field field)
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

    private static bool EndOfObject(ref Utf8JsonReader reader, ulong seen, ulong required) =>
        reader.TokenType == JsonTokenType.EndObject && (seen & required) == required;

    private static Field FieldOf(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 => name.SequenceEqual("id"u8) ? Field.Id : Field.None,
        3 => name.SequenceEqual("cap"u8) ? Field.Cap : Field.None,
        4 => name.SequenceEqual("text"u8) ? Field.Text
            : name.SequenceEqual("kind"u8) ? Field.Kind
            : name.SequenceEqual("loss"u8) ? Field.Loss
            : name.SequenceEqual("rate"u8) ? Field.Rate
            : name.SequenceEqual("unit"u8) ? Field.Unit
            : name.SequenceEqual("step"u8) ? Field.Step
            : name.SequenceEqual("name"u8) ? Field.Name
            : name.SequenceEqual("ties"u8) ? Field.Ties
            : name.SequenceEqual("rule"u8) ? Field.Rule
            : Field.None,
        5 => name.SequenceEqual("items"u8) ? Field.Items
            : name.SequenceEqual("title"u8) ? Field.Title
            : name.SequenceEqual("tasks"u8) ? Field.Tasks
            : name.SequenceEqual("quota"u8) ? Field.Quota
            : name.SequenceEqual("count"u8) ? Field.Count
            : Field.None,
        6 => name.SequenceEqual("points"u8) ? Field.Points
            : name.SequenceEqual("number"u8) ? Field.Number
            : name.SequenceEqual("stages"u8) ? Field.Stages
            : name.SequenceEqual("awards"u8) ? Field.Awards
            : name.SequenceEqual("target"u8) ? Field.Target
            : name.SequenceEqual("levels"u8) ? Field.Levels
            : Field.None,
        7 => name.SequenceEqual("methods"u8) ? Field.Methods
            : name.SequenceEqual("$schema"u8) ? Field.Schema
            : name.SequenceEqual("percent"u8) ? Field.Percent
            : Field.None,
        8 => name.SequenceEqual("evidence"u8) ? Field.Evidence
            : name.SequenceEqual("unitKind"u8) ? Field.UnitKind
            : name.SequenceEqual("rounding"u8) ? Field.Rounding
            : name.SequenceEqual("breakers"u8) ? Field.Breakers
            : Field.None,
        10 => name.SequenceEqual("conditions"u8) ? Field.Conditions
            : name.SequenceEqual("incomplete"u8) ? Field.Incomplete
            : name.SequenceEqual("resolution"u8) ? Field.Resolution
            : Field.None,
        11 => name.SequenceEqual("eligibility"u8) ? Field.Eligibility : Field.None,
        12 => name.SequenceEqual("minimumScore"u8) ? Field.MinimumScore : Field.None,
        13 => name.SequenceEqual("formatVersion"u8) ? Field.FormatVersion
            : name.SequenceEqual("excludeVetoed"u8) ? Field.ExcludeVetoed
            : name.SequenceEqual("requiredRound"u8) ? Field.RequiredRound
            : Field.None,
        16 => name.SequenceEqual("noneDoneLosesAll"u8) ? Field.NoneDoneLosesAll : Field.None,
        19 => name.SequenceEqual("missingObservations"u8) ? Field.MissingObservations : Field.None,
        _ => Field.None,
    };

    private static string? UnitKindOf(ref Utf8JsonReader reader) => Choice(ref reader, "school", "staffMember", "centre");

    /// <summary>One of the enum's values, unescaped, as the shared constant.</summary>
    private static string? Choice(ref Utf8JsonReader reader, params ReadOnlySpan<string> choices)
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
    private static bool TryString(ref Utf8JsonReader reader, Context context, out string text)
    {
        text = string.Empty;
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > context.Options.MaxStringLength)
        {
            return false;
        }

        text = reader.GetString()!;
        return true;
    }

    private static bool TryId(ref Utf8JsonReader reader, Context context, out string id)
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
    private static bool TryPoints(ref Utf8JsonReader reader, out decimal points) => TryNumber(ref reader, 0m, false, MaxPoints, out points);

    /// <summary>
    /// A plain number (digits with at most one decimal point: no sign, no exponent, at most
    /// fifteen digits) from the minimum (inclusive or not) to the maximum.
    /// </summary>
    private static bool TryNumber(ref Utf8JsonReader reader, decimal minimum, bool inclusive, decimal maximum, out decimal value)
    {
        value = 0m;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return false;
        }

        var raw = reader.ValueSpan;
        if (raw.Length > LongestNumber || raw.IndexOfAnyExcept(PlainNumber) >= 0 || !reader.TryGetDecimal(out value))
        {
            return false;
        }

        return (inclusive ? value >= minimum : value > minimum) && value <= maximum;
    }

    /// <summary>A whole number written with digits only, from the minimum to <see cref="int.MaxValue"/>.</summary>
    private static bool TryWhole(ref Utf8JsonReader reader, decimal minimum, out decimal value)
    {
        value = 0m;
        return reader.TokenType == JsonTokenType.Number
            && reader.ValueSpan.Length <= 10
            && reader.ValueSpan.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0
            && reader.TryGetDecimal(out value)
            && value >= minimum
            && value <= MaxWhole;
    }

    /// <summary>What one read collects beside the document: where warnings go, the ids so far, the item count.</summary>
    private sealed class Context(LoaderOptions options)
    {
        public LoaderOptions Options { get; } = options;

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public int Items { get; set; }

        public int PointsAt { get; set; }

        public int IncompleteAt { get; set; }

        public List<int> TaskPointsAt { get; } = [];

        public List<int> StagePointsAt { get; } = [];
    }
}
