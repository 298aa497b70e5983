using CsCheck;

namespace Rubric.Engine.Sheets.Tests.Clauses;

public sealed class ClauseGrammarTests
{
    [Theory]
    [InlineData("成立领导小组，有专人负责。(未成立的扣1分)", 1, 1)]
    [InlineData("制定工作方案。（没有方案扣1分）", 1, 1)]
    [InlineData("组织开展有特色的党建主题活动。（没有组织的扣2分）", 2, 2)]
    [InlineData("制定评选方案和评选标准。(没有方案和评选标准的扣2分)", 2, 2)]
    [InlineData("上一堂党课。（查看记录，未完成的，扣0.5分）", 1, 0.5)]
    [InlineData("召开动员大会。(未召开的扣一分)", 1, 1)]
    [InlineData("召开动员大会。(未召开的扣半分)", 1, 0.5)]
    [InlineData("召开动员大会。未召开的扣1分", 1, 1)]
    public void Read_FlatLoss_IsFlatWithTheLoss(string text, double points, double loss)
    {
        var reading = ClauseGrammar.Read(text, (decimal)points);

        Assert.Null(reading.Finding);
        Assert.Equal("flat", reading.Rule.Kind);
        Assert.Equal((decimal)loss, reading.Rule.Loss);
    }

    [Theory]
    [InlineData("建立制度。(未建立的不得分)")]
    [InlineData("建立制度。（未建立的，该项不得分）")]
    [InlineData("建立制度。(未建立的扣除该项分值)")]
    public void Read_NoPointsForFailing_IsFlatLosingTheItemsPoints(string text)
    {
        var reading = ClauseGrammar.Read(text, 2m);

        Assert.Null(reading.Finding);
        Assert.Equal(new RuleDraft("flat") { Loss = 2m }, reading.Rule);
    }

    [Theory]
    [InlineData("开展“三进三同三解决”活动。(查看记录,没有记录或记录不全的视为未完成,扣1分)")]
    [InlineData("开展活动。（查看记录，没有记录的视为未完成的扣1分）")]
    public void Read_ConditionCountedAsNotDone_IsFlatNotAnyOf(string text)
    {
        var reading = ClauseGrammar.Read(text, 1m);

        Assert.Null(reading.Finding);
        Assert.Equal("flat", reading.Rule.Kind);
        Assert.Equal(["records"], reading.Evidence);
    }

    [Theory]
    [InlineData("通过标语、宣传栏等宣传。(无醒目标语或宣传栏均扣1分)", "slogan", "醒目标语", "noticeboard", "宣传栏")]
    [InlineData("营造氛围。（没有横幅或展板的扣1分）", "banner", "横幅", "displayBoard", "展板")]
    [InlineData("建立台账。（缺少会议记录、学习笔记任一项扣1分）", "c1", "会议记录", "c2", "学习笔记")]
    public void Read_AnyOfSeveralMissing_IsOneConditionPerAlternative(string text, string id1, string text1, string id2, string text2)
    {
        var reading = ClauseGrammar.Read(text, 1m);

        Assert.Null(reading.Finding);
        Assert.Equal("anyOf", reading.Rule.Kind);
        Assert.Equal(1m, reading.Rule.Loss);
        Assert.Equal([(id1, text1), (id2, text2)], reading.Rule.Conditions);
    }

    [Fact]
    public void Read_ListWithoutOrOrEach_IsAmbiguousBetweenAnyOfAndFlat()
    {
        var reading = ClauseGrammar.Read("宣传。（无标语、宣传栏的扣1分）", 1m);

        Assert.Equal(SheetDiagnosticCodes.AmbiguousClause, reading.Finding?.Code);
        Assert.Contains("无标语、宣传栏的扣1分", reading.Finding!.Message, StringComparison.Ordinal);
        Assert.Equal("judged", reading.Rule.Kind);
    }

    [Theory]
    [InlineData("撰写党性分析材料。(查看材料,未完成每人次扣0.5分,没做的扣2分)", 2, 0.5, "人次", 2, true)]
    [InlineData("进办公室、教室、教研;(未完成每人次扣0.2分,没做的扣2分)", 2, 0.2, "人次", 2, true)]
    [InlineData("听课。（每少一节扣0.1分，最多扣1分）", 2, 0.1, "节", 1, false)]
    [InlineData("参加培训。（缺一人次扣0.2分，以1分封顶）", 2, 0.2, "人次", 1, false)]
    [InlineData("校园安全检查。（发现一处隐患扣0.5分，扣完为止）", 3, 0.5, "处", 3, false)]
    [InlineData("家访。（每缺一人扣0.2分，没有开展的扣2分）", 2, 0.2, "人", 2, true)]
    [InlineData("家访。（每缺一人扣0.2分最多扣1分）", 2, 0.2, "人", 1, false)]
    public void Read_RatePerMissingUnit_IsPerUnitWithCapAndNoneDone(string text, double points, double rate, string unit, double cap, bool noneDone)
    {
        var reading = ClauseGrammar.Read(text, (decimal)points);

        Assert.Null(reading.Finding);
        Assert.Equal(new RuleDraft("perUnit") { Rate = (decimal)rate, Cap = (decimal)cap, NoneDoneLosesAll = noneDone, Unit = unit }, reading.Rule);
    }

    [Theory]
    [InlineData("每学期至少走访本辖区或本校教职工家庭20人次以上。(查看记录,未完成每人次扣0.2分,没做的扣1分)", 1, 20, 0.2, "人次", true)]
    [InlineData("每学期走访本校学生20人次以上。 (查看记录,未完成每人次扣0.4分,没做的扣2分)", 2, 20, 0.4, "人次", true)]
    [InlineData("每学期听课不少于十五节。（每少一节扣0.1分，扣完为止）", 2, 15, 0.1, "节", false)]
    [InlineData("每学年开展家长会不低于4次。（每少一次扣0.5分）", 2, 4, 0.5, "次", false)]
    public void Read_RateAgainstTargetInTheText_IsShortfall(string text, double points, int target, double rate, string unit, bool noneDone)
    {
        var reading = ClauseGrammar.Read(text, (decimal)points);

        Assert.Null(reading.Finding);
        Assert.Equal(new RuleDraft("shortfall") { Target = target, Rate = (decimal)rate, Cap = (decimal)points, NoneDoneLosesAll = noneDone, Unit = unit }, reading.Rule);
    }

    [Fact]
    public void Read_TargetInAnotherUnitThanTheRate_IsPerUnit()
    {
        // 每年不少于2次 counts visits per leader; the rate counts person-times missing across leaders.
        var reading = ClauseGrammar.Read("深入帮扶对象家中走访慰问,每年不少于2次,每半年至少1次。(查看走访记录,未完成每人次扣0.2分,没做的扣2分)", 2m);

        Assert.Null(reading.Finding);
        Assert.Equal("perUnit", reading.Rule.Kind);
        Assert.Equal(["visitLogs"], reading.Evidence);
    }

    [Fact]
    public void Read_TwoTargetsInTheRatesUnit_IsAmbiguous()
    {
        var reading = ClauseGrammar.Read("走访，每年不少于4次，每学期至少2次。（每少一次扣0.5分）", 2m);

        Assert.Equal(SheetDiagnosticCodes.AmbiguousClause, reading.Finding?.Code);
        Assert.Equal("judged", reading.Rule.Kind);
    }

    [Theory]
    [InlineData("按时上报统计表材料。(没有按时上报的扣1分未交的扣2分)", "没有按时上报", "未交")]
    [InlineData("按时上报统计表。（未按时上报的扣1分，未报的扣2分）", "未按时上报", "未报")]
    [InlineData("上报统计表。（迟交的扣0.5分；没交的不得分）", "迟交", "没交")]
    public void Read_LossesOfDifferentSizes_IsTieredWithTheMetLevelFirst(string text, string late, string missing)
    {
        var reading = ClauseGrammar.Read(text, 2m);

        Assert.Null(reading.Finding);
        Assert.Equal("tiered", reading.Rule.Kind);
        Assert.Equal(["late", "notSubmitted"], reading.Rule.Levels.Skip(1).Select(static l => l.Id));
        Assert.Equal(0m, reading.Rule.Levels[0].Loss);
        Assert.Equal(late, reading.Rule.Levels[1].Text);
        Assert.Equal(missing, reading.Rule.Levels[2].Text);
        Assert.True(reading.Rule.Levels[1].Loss < reading.Rule.Levels[2].Loss);
    }

    [Fact]
    public void Read_TieredOnTime_IsTheNegationOfTheFirstLevel()
    {
        var reading = ClauseGrammar.Read("按时上报统计表材料。(没有按时上报的扣1分未交的扣2分)", 2m);

        Assert.Equal([("onTime", "按时上报", 0m), ("late", "没有按时上报", 1m), ("notSubmitted", "未交", 2m)], reading.Rule.Levels);
    }

    [Fact]
    public void Read_TieredWithoutKnownWords_NamesLevelsByPosition()
    {
        var reading = ClauseGrammar.Read("制度建设。（制度不健全的扣1分，无制度的扣2分）", 2m);

        Assert.Null(reading.Finding);
        Assert.Equal([("met", "完成", 0m), ("level1", "制度不健全", 1m), ("level2", "无制度", 2m)], reading.Rule.Levels);
    }

    [Fact]
    public void Read_EqualLossesForDifferentConditions_IsAmbiguousBetweenTieredAndAnyOf()
    {
        var reading = ClauseGrammar.Read("组织建设。（未成立的扣1分，无专人负责的扣1分）", 2m);

        Assert.Equal(SheetDiagnosticCodes.AmbiguousClause, reading.Finding?.Code);
    }

    [Theory]
    [InlineData("受到服务对象的好评,社会形象良好。(2分)", 2)]
    [InlineData("工作有特色，富有创新性。（1分）", 1)]
    [InlineData("工作业绩突出。（酌情给分）", 2)]
    public void Read_PointsWithoutDeduction_IsJudged(string text, double points)
    {
        var reading = ClauseGrammar.Read(text, (decimal)points);

        Assert.Null(reading.Finding);
        Assert.Equal(RuleDraft.Judged, reading.Rule);
        Assert.Contains("score", reading.Methods);
    }

    [Fact]
    public void Read_StatedPointsDifferFromThePointsColumn_IsAmbiguous()
    {
        var reading = ClauseGrammar.Read("工作业绩突出。(2分)", 3m);

        Assert.Equal(SheetDiagnosticCodes.AmbiguousClause, reading.Finding?.Code);
    }

    [Theory]
    [InlineData("家访。（每人次扣0.5分至2分）")]
    [InlineData("家访。（未完成每人次扣0.2-1分）")]
    [InlineData("家访。（未完成的扣0.5分1分）")]
    public void Read_TwoNumbersThatCouldBeRateOrCap_IsAmbiguousAndNotGuessed(string text)
    {
        var reading = ClauseGrammar.Read(text, 2m);

        Assert.Equal(SheetDiagnosticCodes.AmbiguousClause, reading.Finding?.Code);
        Assert.Contains("rate and a cap", reading.Finding!.Message, StringComparison.Ordinal);
        Assert.Equal(RuleDraft.Judged, reading.Rule);
    }

    [Theory]
    [InlineData("获得表彰。（获县级表彰的加1分）", "加1分")]
    [InlineData("工作突出。（另加0.5分）", "另加0.5分")]
    public void Read_Bonus_IsNotADeductionAndSaysWhy(string text, string quoted)
    {
        var reading = ClauseGrammar.Read(text, 2m);

        Assert.Equal(SheetDiagnosticCodes.NotADeduction, reading.Finding?.Code);
        Assert.Contains(quoted, reading.Finding!.Message, StringComparison.Ordinal);
        Assert.Contains("only deducts", reading.Finding.Message, StringComparison.Ordinal);
        Assert.Equal(RuleDraft.Judged, reading.Rule);
    }

    [Theory]
    [InlineData("完成率。（未完成的扣10%）")]
    [InlineData("完成率。（按比例扣分）")]
    public void Read_Percent_IsNotADeductionInPoints(string text)
    {
        var reading = ClauseGrammar.Read(text, 2m);

        Assert.Equal(SheetDiagnosticCodes.NotADeduction, reading.Finding?.Code);
        Assert.Contains("not a number of points", reading.Finding!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("围绕迎接建党90周年开展创先争优活动。(1")]
    [InlineData("做好安全工作。")]
    public void Read_NoRuleStated_IsJudgedForReview(string text)
    {
        var reading = ClauseGrammar.Read(text, 1m);

        Assert.Equal(SheetDiagnosticCodes.UnrecognisedClause, reading.Finding?.Code);
        Assert.Equal(RuleDraft.Judged, reading.Rule);
    }

    [Theory]
    [InlineData("家访。（每人次扣0.2分，没做的扣1分）", "none done loses 1")]
    [InlineData("活动。（视工作质量扣分）", "none of the clause's known parts")]
    [InlineData("活动。（查看分析材料）", "names what is checked but no deduction")]
    [InlineData("活动。（未完成的扣1分，最多扣2分）", "cap without a rate")]
    [InlineData("活动。（扣1分，未开展的）", "no loss")]
    public void Read_ClauseOfNoFamily_IsUnrecognisedQuotingTheClause(string text, string why)
    {
        var reading = ClauseGrammar.Read(text, 2m);

        Assert.Equal(SheetDiagnosticCodes.UnrecognisedClause, reading.Finding?.Code);
        Assert.Contains(why, reading.Finding!.Message, StringComparison.Ordinal);
        Assert.Contains("'" + ClauseText.Split(ClauseText.Fold(text)).Clause + "'", reading.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RateBesideAnOutrightLoss_IsAmbiguous()
    {
        var reading = ClauseGrammar.Read("家访。（未建立制度的扣1分，每缺一人次扣0.2分）", 2m);

        Assert.Equal(SheetDiagnosticCodes.AmbiguousClause, reading.Finding?.Code);
    }

    [Theory]
    [InlineData("(查看记录,未完成的扣1分)", "records")]
    [InlineData("(查看材料,未完成的扣1分)", "materials")]
    [InlineData("(查看资料,未成立的扣1分)", "materials")]
    [InlineData("(查看计划,未完成的扣1分)", "plans")]
    [InlineData("(查看走访记录,未完成的扣1分)", "visitLogs")]
    [InlineData("(查看帮扶记录,未完成的扣1分)", "assistanceRecords")]
    [InlineData("(查阅会议记录,未完成的扣1分)", "records")]
    [InlineData("(查看台账,未完成的扣1分)", "台账")]
    public void Read_WhatIsLookedAt_IsTheEvidence(string clause, string evidence)
    {
        var reading = ClauseGrammar.Read("开展活动。" + clause, 1m);

        Assert.Null(reading.Finding);
        Assert.Equal([evidence], reading.Evidence);
        Assert.Equal(["check"], reading.Methods);
    }

    [Theory]
    [InlineData("通过标语、宣传栏等宣传。(无醒目标语或宣传栏均扣1分)", new[] { "look" })]
    [InlineData("经常进行调查,了解公众的真实反映。(2分)", new[] { "ask", "score" })]
    [InlineData("听取学校汇报。（未汇报的扣1分）", new[] { "listen", "check" })]
    public void Read_PlanMethodsNamedByTheText_AreTheItemsMethods(string text, string[] methods)
    {
        Assert.Equal(methods, ClauseGrammar.Read(text, 2m).Methods);
    }

    [Fact]
    public void Read_AnyTextOfTheGrammarsSigns_GivesARuleOrAFindingAndNeverThrows()
    {
        // The characters every part of the grammar is made of, numbers in both scripts included.
        var sign = Gen.Char["（）(),，;；。、：扣加分每人次缺少一发现处最多以封顶扣完为止没做的未有无或均查看记录材料按时上报交不得0123456789.十两半%"];
        Gen.String[sign, 0, 40].Sample(text =>
        {
            var reading = ClauseGrammar.Read(text, 2m);
            Assert.True(reading.Rule.Kind == "judged" || reading.Finding is null);
            Assert.All(reading.Rule.Levels, static l => Assert.InRange(l.Loss, 0m, decimal.MaxValue));
        });
    }
}
