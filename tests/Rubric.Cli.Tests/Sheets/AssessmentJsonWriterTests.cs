using Rubric.Cli.Sheets;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Sheets;

public class AssessmentJsonWriterTests
{
    [Fact]
    public void Write_Assessment_TheDocumentedFormat()
    {
        var assessment = new Assessment("school-01", AssessmentRound.Annual, null, [Observation.Met("t1.1", false), Observation.Conditions("t1.4", ("slogan", true), ("noticeboard", false)), Observation.Awarded("t1.16", 1.5m)])
        {
            UnitName = "盘龙镇中心小学",
            RubricId = "demo",
            Date = new DateOnly(2011, 12, 15),
        };

        var json = AssessmentJsonWriter.Write(assessment).ReplaceLineEndings("\n");

        Assert.Equal(
            """
            {
              "formatVersion": 1,
              "rubric": "demo",
              "unit": {
                "id": "school-01",
                "name": "盘龙镇中心小学"
              },
              "round": "annual",
              "date": "2011-12-15",
              "assessor": {
                "t1.1": {
                  "met": false
                },
                "t1.16": {
                  "awarded": 1.5
                },
                "t1.4": {
                  "noticeboard": false,
                  "slogan": true
                }
              }
            }

            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void Write_ScoredObservations_ScoreBesideTheValuesAndLoadsBackTheSame()
    {
        var assessment = new Assessment("school-01", AssessmentRound.Annual, [Observation.Scored("t1.7", 1.5m)], [Observation.Scored("t1.7", 1.5m, Observation.Missing("t1.7", 1), note: "副校长未交")]) { RubricId = "demo" };

        var json = AssessmentJsonWriter.Write(assessment);

        Assert.Contains("\"t1.7\": {\n      \"score\": 1.5\n    }", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var loaded = new Rubric.Engine.Schema.RubricLoader().ParseAssessment(System.Text.Encoding.UTF8.GetBytes(json)).Value!;
        Assert.Equal("t1.7 {score = 1.5}", loaded.Column(ScoreSide.Self)!["t1.7"].ToString());
        var assessor = loaded.Column(ScoreSide.Assessor)!["t1.7"];
        Assert.Equal(("t1.7 {score = 1.5; missing = 1}", "副校长未交"), (assessor.ToString(), assessor.Note));
    }
}
