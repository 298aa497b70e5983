namespace Rubric.Engine.Sheets.Tests.Support;

/// <summary>
/// The seed's scoring sheet (评分细则 of the Panlong plan) typed as the office types it in Word:
/// full-width brackets and commas, the task and stage cells merged down their rows, the number in
/// its own column, the two score columns blank. Typed from the source plan's attached sheet
/// (盘龙镇教育党总支, 评分细则), not copied from seeds/panlong.rubric.json, which the import is compared with.
/// </summary>
internal static class PanlongSheet
{
    public const string Title = "教育系统“提升教育质量，打造渝西川东教育高地”主题实践活动专项考核评分细则";

    public static IReadOnlyList<string> Paragraphs { get; } = ["附件：", Title, "单位名称：　　　　考核时间：　　　　教管中心考核组："];

    public static IReadOnlyList<string?[]> Table { get; } =
    [
        ["工作任务", "阶段", "序号", "考核内容", "分值", "自查分", "考核分"],
        ["三项活动\n（25分）", "准备阶段（5分）", "1", "成立本学校“三项活动”领导小组及工作机构，有专人负责。（未成立的扣1分）", "1", null, null],
        [null, null, "2", "制定本学校“三项活动”工作方案。（没有方案扣1分）", "1", null, null],
        [null, null, "3", "召开本学校“三项活动”动员大会。（未召开动员会的扣1分）", "1", null, null],
        [null, null, "4", "通过标语、宣传栏等宣传“三项活动”活动，营造浓厚的学习氛围。（无醒目标语或宣传栏均扣1分）", "1", null, null],
        [null, null, "5", "领导重视，落实了活动经费保障。（没落实保障制度的扣1分）", "1", null, null],
        [null, "实施阶段\n（15分）", "6", "学校校级班子成员开展“三进三同三解决”活动进展情况。（查看记录，没有记录或记录不全的视为未完成，扣1分）", "1", null, null],
        [null, null, "7", "学校校级班子成员撰写1份党性分析材料。（查看材料，未完成每人次扣0.5分，没做的扣2分）", "2", null, null],
        [null, null, "8", "各学校党组织负责人在本校上一堂党课。（查看记录，未完成的扣1分）", "1", null, null],
        [null, null, "9", "学校校级班子成员进办公室、教室、教研；（未完成每人次扣0.2分，没做的扣2分）", "2", null, null],
        [null, null, "10", "学校校级班子成员深入帮扶对象家中走访慰问，每年不少于2次，每半年至少1次。（查看走访记录，\n未完成每人次扣0.2分，没做的扣2分）", "2", null, null],
        [null, null, "11", "学校校级班子成员要根据所帮扶的留守儿童的实际情况制定帮扶计划。（查看计划，未完成每人次扣0.2分，没做的扣1分）", "1", null, null],
        [null, null, "12", "学校校级班子成员要通过各种途径在学习、思想和生活上关爱帮扶“结对”的留守儿童，促使其健康成长。（查看帮扶记录，未完成每人次扣0.5分，没做的扣2分）", "2", null, null],
        [null, null, "13", "学校校级班子成员每学期至少走访本辖区或本校教职工家庭20人次以上。（查看记录，未完成每人次扣0.2分，没做的扣1分）", "1", null, null],
        [null, null, "14", "学校校级班子成员每学期走访本辖区或本校学生20人次以上。（查看记录，未完成每人次扣0.4分，没做的扣2分）", "2", null, null],
        [null, null, "15", "及时排查和妥善解决本学校出现的信访稳定问题，保证本学校教职工的稳定。（查看记录，未完成的扣1分）", "1", null, null],
        [null, "总结阶段\n（5分）", "16", "经常或定期进行调查，了解社会和公众对党组织的真实反映。受到服务对象的好评，社会形象良好。（2分）", "2", null, null],
        [null, null, "17", "得到上级部门的较高评价或表彰、嘉奖，在同行业中工作业绩突出。（2分）", "2", null, null],
        [null, null, "18", "结合部门工作特点，三项活动工作开展有明显的特色，富有创新性。（1分）", "1", null, null],
        ["创先争优\n（25分）", "准备阶段（5分）", "1", "成立本单位“创先争优活动”领导小组及工作机构，有专人负责。（查看资料，未成立的扣1分）", "1", null, null],
        [null, null, "2", "制定本单位“创先争优活动”工作方案。（没有方案扣1分）", "1", null, null],
        [null, null, "3", "召开本单位“创先争优活动”动员大会。（未召开动员会的扣1分）", "1", null, null],
        [null, null, "4", "通过标语、宣传栏等宣传“创先争优活动”活动，营造浓厚的学\n习氛围。（无醒目标语或宣传栏均扣1分）", "1", null, null],
        [null, null, "5", "领导重视，落实了活动经费保障。（没落实保障制度的扣1分）", "1", null, null],
        [null, "实施阶段（15分）", "6", "按时上报创先争优活动有关情况统计表材料。（没有按时上报的扣1分未交的扣2分）", "2", null, null],
        [null, null, "7", "制定创先争优活动评选方案和评选标准。（没有方案和评选标准的扣2分）", "2", null, null],
        [null, null, "8", "各基层党组织和党员“创先争优”活动进展情况。（查看记录，没有记录的视为未完成的扣2分）", "2", null, null],
        [null, null, "9", "组织学习《在全党深入学习实践科学观活动总结大会上的讲话》，《国家中长期教育改革和发展规划纲要（2010—2020年）》。（未完成的扣2分）", "2", null, null],
        [null, null, "10", "组织开展有特色的党建主题活动。（没有组织的扣2分）", "2", null, null],
        [null, null, "11", "围绕迎接建党90周年开展创先争优活动。（1", "1", null, null],
    ];
}
