namespace Rubric.Engine.Schema;

/// <summary>
/// The stable diagnostic codes. RUB1xxx belong to loading and validation; RUB2xxx to scoring
/// (<see cref="ScoringErrorCode"/>). A code never changes meaning once released.
/// RUB10xx: reading and syntax. RUB11xx: structure (the JSON Schema). RUB12xx: meaning.
/// RUB13xx: warnings. See <c>docs/diagnostics.md</c> for examples.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>RUB1001: the file is not valid JSON (syntax error, comment, trailing comma, NaN literal ...).</summary>
    public const string JsonSyntax = "RUB1001";

    /// <summary>RUB1002: the file is in an encoding other than UTF-8 (a UTF-16 or UTF-32 byte order mark, or UTF-16 text).</summary>
    public const string UnsupportedEncoding = "RUB1002";

    /// <summary>RUB1003: the file contains bytes that are not valid UTF-8.</summary>
    public const string InvalidUtf8 = "RUB1003";

    /// <summary>RUB1004: the file is empty or holds only white space.</summary>
    public const string EmptyDocument = "RUB1004";

    /// <summary>RUB1005: the file is larger than <see cref="LoaderOptions.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "RUB1005";

    /// <summary>RUB1006: objects and arrays are nested deeper than <see cref="LoaderOptions.MaxDepth"/>.</summary>
    public const string NestingTooDeep = "RUB1006";

    /// <summary>RUB1007: a string or property name is longer than <see cref="LoaderOptions.MaxStringLength"/>.</summary>
    public const string StringTooLong = "RUB1007";

    /// <summary>RUB1008: an object names the same property twice.</summary>
    public const string DuplicateProperty = "RUB1008";

    /// <summary>RUB1009: a number lies outside the exact decimal range (such as <c>1e400</c>).</summary>
    public const string NumberOutOfRange = "RUB1009";

    /// <summary>RUB1010: the file cannot be read (missing, locked, no permission).</summary>
    public const string FileUnreadable = "RUB1010";

    /// <summary>RUB1011: a rubric has more items than <see cref="LoaderOptions.MaxItems"/>.</summary>
    public const string TooManyItems = "RUB1011";

    /// <summary>RUB1012: a document holds more JSON values than <see cref="LoaderOptions.MaxValues"/>.</summary>
    public const string TooManyValues = "RUB1012";

    /// <summary>RUB1013: a JSON Lines stream holds more assessments than <see cref="LoaderOptions.MaxAssessments"/>, or more than <see cref="LoaderOptions.MaxConsecutiveFailures"/> failed records in a row; the rest is not read.</summary>
    public const string TooManyAssessments = "RUB1013";

    /// <summary>RUB1101: a value has the wrong JSON type (a string where a number is expected, say).</summary>
    public const string TypeMismatch = "RUB1101";

    /// <summary>RUB1102: a required property is missing.</summary>
    public const string MissingProperty = "RUB1102";

    /// <summary>RUB1103: a property the format does not define (property names are case-sensitive).</summary>
    public const string UnknownProperty = "RUB1103";

    /// <summary>RUB1104: a number outside its allowed range (points not greater than 0, a percentage above 100 ...).</summary>
    public const string OutOfRange = "RUB1104";

    /// <summary>RUB1105: a value that is not one of the allowed names or constants (an unknown round, rounding, format version ...).</summary>
    public const string InvalidEnumValue = "RUB1105";

    /// <summary>RUB1106: a rule's <c>kind</c> is not one of the known rule kinds.</summary>
    public const string UnknownRuleKind = "RUB1106";

    /// <summary>RUB1107: a string of the wrong form (an id with spaces, a malformed date, an empty text ...).</summary>
    public const string InvalidFormat = "RUB1107";

    /// <summary>RUB1108: a list or object with too few or too many members, or repeated members.</summary>
    public const string WrongCount = "RUB1108";

    /// <summary>RUB1109: any other violation of the JSON Schema.</summary>
    public const string SchemaViolation = "RUB1109";

    /// <summary>RUB1201: an id is used twice (tasks, stages and items share one id space; so do roster bodies and units).</summary>
    public const string DuplicateId = "RUB1201";

    /// <summary>RUB1202: a rule parameter (loss, rate, cap, step, level loss) exceeds the item's points.</summary>
    public const string ExceedsItemPoints = "RUB1202";

    /// <summary>RUB1203: a judged rule's step does not divide the item's points.</summary>
    public const string StepDoesNotDivide = "RUB1203";

    /// <summary>RUB1204: an any-of condition is named <c>note</c>, <c>evidenceRefs</c> or <c>score</c>, which observations reserve.</summary>
    public const string ReservedConditionId = "RUB1204";

    /// <summary>RUB1205: a tie-breaker names a task or stage that does not exist.</summary>
    public const string UnknownTieBreakerTarget = "RUB1205";

    /// <summary>RUB1206: tie-breakers are inconsistent with the tie resolution (breakers without <c>breakTies</c>, or a target where none is taken).</summary>
    public const string InvalidTiePolicy = "RUB1206";

    /// <summary>RUB1207: a value is structurally fine but meaningless (a non-whole count, an impossible date, an empty quota ...).</summary>
    public const string InvalidValue = "RUB1207";

    /// <summary>RUB1208: an assessment has neither a <c>self</c> nor an <c>assessor</c> column.</summary>
    public const string MissingColumn = "RUB1208";

    /// <summary>RUB1209: staff listed under a unit that is not a school.</summary>
    public const string StaffOutsideSchool = "RUB1209";

    /// <summary>RUB1210: the validated document could still not be turned into the model (a safety net; please report it).</summary>
    public const string ModelRejected = "RUB1210";

    /// <summary>RUB1211: a plan contradicts itself (an award for a unit kind its level does not assess or no sheet scores, not exactly one round counting for awards, an award requiring another round).</summary>
    public const string InconsistentPlan = "RUB1211";

    /// <summary>RUB1301 (warning): a total differs from the sum of the points below it.</summary>
    public const string TotalMismatch = "RUB1301";

    /// <summary>RUB1302 (warning): the rubric is marked <c>incomplete</c>.</summary>
    public const string IncompleteRubric = "RUB1302";

    /// <summary>
    /// RUB1303 (warning): an observation member whose name differs only in case from a name the
    /// rules read (<c>Met</c> for <c>met</c>) or from another member of the same observation; no
    /// rule reads it.
    /// </summary>
    public const string UnknownObservationMember = "RUB1303";

    /// <summary>RUB1304 (warning): the rubric names awards, which belong to a plan; read for this version only.</summary>
    public const string RubricAwardsDeprecated = "RUB1304";
}
