using Rubric.Engine.Tests.Awards;

namespace Rubric.Engine.Tests.Plans;

/// <summary>
/// A small plan for the plan tests: the award scenario's school sheet and a one-item staff sheet;
/// a county with one direct school <c>d1</c> and a centre <c>c1</c> with four schools of two staff
/// each; the centre names 先进集体 (25 % of schools) and 先进个人 (25 % of staff), the county's
/// award is to be announced.
/// </summary>
internal static class PlanScenario
{
    public const string SchoolSheet = "awards-demo";
    public const string StaffSheet = "staff-demo";

    public static readonly RubricDefinition Schools = AwardScenario.Sheet();

    public static readonly RubricDefinition Staff = RubricDefinition.CreateBuilder(StaffSheet, "Staff demo sheet")
        .ForUnit(UnitKind.StaffMember)
        .AddTask("s1", 1, "工作评议", 10, task => task.AddStage("s1.review", "评议", 10, stage => stage.AddJudgedItem("s1.1", 1, "评议", 10)))
        .Build();

    public static AwardPolicy Collective => AwardScenario.Policy();

    public static AwardPolicy Individual => new("advanced-individual", "先进个人", UnitKind.StaffMember, AwardQuota.OfPercent(25), QuotaRounding.Nearest, TiePolicy.IncludeAll);

    public static PlanAward CountyAward => PlanAward.ToBeAnnounced("county-collective", "先进集体", "表彰类别和表彰名额另行通知");

    public static AssessmentPlan Plan(AssessmentRound counting = AssessmentRound.Annual) => new(
        "demo-plan",
        "考核方案",
        [new PlanRubric(SchoolSheet, UnitKind.School, "schools.rubric.json"), new PlanRubric(StaffSheet, UnitKind.StaffMember, "staff.rubric.json")],
        [
            new PlanLevel(BodyKind.Centre, "教管中心", [UnitKind.School, UnitKind.StaffMember], [PlanAward.Decided(Collective), PlanAward.Decided(Individual)]),
            new PlanLevel(BodyKind.County, "县教工委", [UnitKind.Centre, UnitKind.School], [CountyAward]),
        ],
        [
            new PlanRound(AssessmentRound.SelfAssessment, "自查自评", "考核前", counting == AssessmentRound.SelfAssessment),
            new PlanRound(AssessmentRound.Annual, "督查考核", "每年12月", counting == AssessmentRound.Annual),
        ],
        [new AssessmentMethod(EvidenceMethods.Listen, "听", "听汇报")]);

    public static Roster Roster() => new([new AssessingBody("county", "县教工委", BodyKind.County, [new RosterUnit("d1", "直属学校", UnitKind.School)],
    [
        new AssessingBody("c1", "盘龙镇教管中心", BodyKind.Centre, AwardScenario.Schools(4).Select(id =>
            new RosterUnit(id, "学校 " + id, UnitKind.School, [new RosterUnit(id + "-a", "教师甲", UnitKind.StaffMember), new RosterUnit(id + "-b", "教师乙", UnitKind.StaffMember)]))),
    ])]);

    /// <summary>A school assessed on the school sheet with a total of 20 + <paramref name="judged"/> (every flat item met).</summary>
    public static ScoringResult School(string id, decimal judged, AssessmentRound round = AssessmentRound.Annual) =>
        ScoringEngine.Default.Score(Schools, new Assessment(id, round, null, AwardScenario.Column(judged, 0m)) { RubricId = SchoolSheet });

    /// <summary>A staff member assessed on the staff sheet with a total of <paramref name="score"/>.</summary>
    public static ScoringResult StaffMember(string id, decimal score, AssessmentRound round = AssessmentRound.Annual) =>
        ScoringEngine.Default.Score(Staff, new Assessment(id, round, null, [Observation.Awarded("s1.1", score)]) { RubricId = StaffSheet });
}
