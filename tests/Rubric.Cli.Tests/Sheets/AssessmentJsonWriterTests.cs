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
}
