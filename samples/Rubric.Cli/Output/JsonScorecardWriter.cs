using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rubric.Engine;

namespace Rubric.Cli.Output;

/// <summary>
/// A JSON array of full scorecards (totals, tasks, stages, items, every deduction and adjustment)
/// written with <see cref="Utf8JsonWriter"/> and handed to the text writer after each scorecard,
/// so a batch of any size streams through a small buffer.
/// </summary>
internal sealed class JsonScorecardWriter : IScorecardWriter, IDisposable
{
    private readonly TextWriter _output;
    private readonly ExplanationLanguage _language;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;

    public JsonScorecardWriter(TextWriter output, ExplanationLanguage language)
    {
        _output = output;
        _language = language;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Begin(RubricDefinition rubric)
    {
        _json.WriteStartArray();
        Drain();
    }

    public void Write(Scorecard scorecard)
    {
        var assessment = scorecard.Assessment;
        _json.WriteStartObject();
        _json.WriteString("rubric", scorecard.Rubric.Id);
        _json.WritePropertyName("unit");
        _json.WriteStartObject();
        _json.WriteString("id", scorecard.UnitId);
        WriteOptional("name", assessment.UnitName);
        _json.WriteEndObject();
        _json.WriteString("round", ScoreText.Round(assessment.Round));
        if (assessment.Date is { } date)
        {
            _json.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        WriteOptional("assessedBy", assessment.AssessedBy);
        _json.WriteString("finalSide", ScoreText.Side(scorecard.FinalSide));
        Number("score", scorecard.Score);
        Number("points", scorecard.Rubric.Points);
        Pair("total", scorecard.Total);
        _json.WriteBoolean("vetoed", scorecard.IsVetoed(scorecard.FinalSide));
        _json.WriteString("language", ScoreText.Language(_language));
        _json.WriteStartArray("tasks");
        foreach (var task in scorecard.Tasks)
        {
            _json.WriteStartObject();
            _json.WriteString("id", task.Task.Id);
            _json.WriteString("text", task.Task.Text);
            Number("points", task.Task.Points);
            Pair("score", task.Score);
            _json.WriteStartArray("stages");
            foreach (var stage in task.Stages)
            {
                _json.WriteStartObject();
                _json.WriteString("id", stage.Stage.Id);
                _json.WriteString("text", stage.Stage.Text);
                Number("points", stage.Stage.Points);
                Pair("score", stage.Score);
                _json.WriteStartArray("items");
                foreach (var item in stage.Items)
                {
                    WriteItem(item);
                }

                _json.WriteEndArray();
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("adjustments");
        foreach (var adjustment in scorecard.Adjustments)
        {
            _json.WriteStartObject();
            _json.WriteString("side", ScoreText.Side(adjustment.Side));
            _json.WriteString("scope", adjustment.Scope switch { AdjustmentScope.Stage => "stage", AdjustmentScope.Task => "task", _ => "total" });
            WriteOptional("target", adjustment.TargetId);
            Number("amount", adjustment.Amount);
            _json.WriteString("source", adjustment.Source);
            _json.WriteBoolean("veto", adjustment.IsVeto);
            _json.WriteString("explanation", adjustment.Reason.Get(_language));
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        Drain();
    }

    public void End()
    {
        _json.WriteEndArray();
        Drain();
        _output.WriteLine();
        _output.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void WriteItem(ItemResult item)
    {
        _json.WriteStartObject();
        _json.WriteString("id", item.Item.Id);
        _json.WriteNumber("number", item.Item.Number);
        _json.WriteString("rule", item.Item.Rule.Kind);
        Number("points", item.Item.Points);
        Pair("score", item.Score);
        _json.WriteStartArray("deductions");
        foreach (var side in (ReadOnlySpan<ScoreSide>)[ScoreSide.Self, ScoreSide.Assessor])
        {
            if (item.DeductionFor(side) is not { } deduction)
            {
                continue;
            }

            _json.WriteStartObject();
            _json.WriteString("side", ScoreText.Side(side));
            Number("amount", deduction.Amount);
            if (deduction.CapApplied)
            {
                Number("uncapped", deduction.UncappedAmount);
            }

            _json.WriteString("reason", JsonNamingPolicy.CamelCase.ConvertName(deduction.Reason.ToString()));
            if (deduction.Quantity != 0m)
            {
                Number("quantity", deduction.Quantity);
            }

            WriteOptional("detail", deduction.Detail);
            WriteOptional("note", deduction.Observation?.Note);
            _json.WriteString("explanation", deduction.Explain(_language));
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void Pair(string name, ScorePair pair)
    {
        _json.WritePropertyName(name);
        _json.WriteStartObject();
        NullableNumber("self", pair.Self);
        NullableNumber("assessor", pair.Assessor);
        NullableNumber("gap", pair.Gap);
        _json.WriteEndObject();
    }

    private void Number(string name, decimal value)
    {
        // Trailing zeros of a decimal's scale ("1.0") are dropped, so equal points print alike.
        _json.WritePropertyName(name);
        _json.WriteRawValue(PointsFormat.Format(value), skipInputValidation: true);
    }

    private void NullableNumber(string name, decimal? value)
    {
        if (value is { } v)
        {
            Number(name, v);
        }
        else
        {
            _json.WriteNull(name);
        }
    }

    private void WriteOptional(string name, string? value)
    {
        if (value is not null)
        {
            _json.WriteString(name, value);
        }
    }

    private void Drain()
    {
        _json.Flush();
        if (_buffer.WrittenCount > 0)
        {
            _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            _buffer.ResetWrittenCount();
        }
    }
}
