using System.Text.Json.Nodes;

namespace Rubric.Engine.Schema.Tests;

/// <summary>A rule kind that is not built in: loses a rate per absence, within the item's points.</summary>
internal static class AttendanceKind
{
    public const string Schema = """
        { "type": "object", "additionalProperties": false, "required": ["perAbsence"],
          "properties": { "perAbsence": { "type": "number", "exclusiveMinimum": 0 }, "label": { "type": "string" } } }
        """;

    public static RuleKind Create() => new(
        "attendance",
        new AttendanceRuleEvaluator(),
        Schema,
        static rule =>
        {
            var label = rule.TryGetProperty("label", out var l) ? l.GetString()! : "absence";
            if (label.Length == 0)
            {
                throw new ArgumentException("The label is empty.");
            }

            return new AttendanceRule(rule.GetProperty("perAbsence").GetDecimal(), label);
        },
        static rule => rule is AttendanceRule attendance
            ? new JsonObject { ["perAbsence"] = attendance.PerAbsence, ["label"] = attendance.Label }
            : throw new ArgumentException("Not an attendance rule.", nameof(rule)));

    public static string Rubric(string rule) => $$"""
        {
          "formatVersion": 1, "id": "attendance", "title": "Attendance", "points": 2,
          "tasks": [{ "id": "t1", "text": "Task", "points": 2, "stages": [{ "id": "s1", "text": "Stage", "points": 2, "items": [
            { "id": "i1", "text": "Flat", "points": 1, "rule": { "kind": "flat" } },
            { "id": "i2", "text": "Attendance", "points": 1, "rule": {{rule}} }
          ] }] }]
        }
        """;

    public sealed class AttendanceRule(decimal perAbsence, string label) : DeductionRule
    {
        public override string Kind => "attendance";

        public decimal PerAbsence { get; } = perAbsence;

        public string Label { get; } = label;

        protected override void Validate(decimal itemPoints) => EnsureWithinPoints(PerAbsence, itemPoints, "perAbsence");
    }

    public sealed class AttendanceRuleEvaluator : RuleEvaluator<AttendanceRule>
    {
        protected override RuleOutcome Evaluate(AttendanceRule rule, in RuleContext context) =>
            context.TryGetNumber("absences", out var absences, out var failure)
                ? (absences == 0m ? RuleOutcome.NoLoss : RuleOutcome.Lost(absences * rule.PerAbsence, DeductionReason.Custom, quantity: absences))
                : failure;

        public override string Explain(Deduction deduction, ExplanationLanguage language) => "attendance";
    }
}
