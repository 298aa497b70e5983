namespace Rubric.Engine.Schema.Tests;

/// <summary>
/// The scanner walks the structural bytes itself, so the places where hand-written JSON reading
/// goes wrong are checked against the full pipeline: strings holding braces and quotes, escapes,
/// white space, the end of the document, cut documents. It is reached through
/// <see cref="AssessmentFastPath.TryRead"/>, which checks the UTF-8 first and turns a decoder's
/// exception into a decline.
/// </summary>
public sealed class AssessmentScannerTests
{
    private static readonly RubricLoader Loader = new();

    private const string Valid =
        "{\"formatVersion\": 1, \"rubric\": \"p\", \"unit\": {\"id\": \"s1\", \"name\": \"云溪\"}, \"round\": \"annual\", \"date\": \"2011-12-12\", " +
        "\"self\": {\"t1\": {\"met\": true}, \"t2\": {\"missing\": 2, \"note\": \"缺两次\"}}, \"assessor\": {\"t1\": {\"met\": false}, \"t2\": {\"missing\": 0}}}";

    [Theory]
    [InlineData("{\"formatVersion\":1,\"unit\":{\"id\":\"s1\"},\"round\":\"annual\",\"self\":{\"t1\":{\"met\":true}}}")]
    [InlineData("\r\n{ \"formatVersion\" :\t1 ,\n\"unit\" : { \"id\" : \"s1\" } , \"round\" : \"annual\" , \"self\" : { \"t1\" : { \"met\" : true } } }\r\n")]
    [InlineData("{\"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}}, \"unit\": {\"name\": \"x\", \"id\": \"s1\"}, \"formatVersion\": 1}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true, \"note\": \"a}{\\\"b]\"}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true, \"evidenceRefs\": [\"{\", \"}\", \"[\"]}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\", \"name\": \"a\\\"b\\\\c\\u4e2d\\n\"}, \"round\": \"annual\", \"assessedBy\": \"\\/\", \"self\": {\"t1\": {\"met\": true}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {}, \"assessor\": {\"t1\": {\"level\": \"late\"}}}")]
    [InlineData("{\"$schema\": \"../a.json\", \"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"unannounced\", \"notes\": \"\", \"self\": {\"t1\": {}}}")]
    [InlineData(Valid)]
    public void Read_UnusualButValidDocument_SameAssessmentAsTheFullPipeline(string json)
    {
        var bytes = TestFiles.Utf8(json);
        var full = Loader.ParseAssessmentFully(bytes);
        Assert.Empty(full.Diagnostics);

        // Twice: the second read finds every observation in the memo.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(AssessmentText.Describe(full.Value!), AssessmentText.Describe(Read(bytes)));
        }
    }

    [Theory]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}}} x")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}},}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true},}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}}, \"self\": {}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}, \"t1\": {\"met\": false}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": tru}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true]}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t\u0001\": {\"met\": true}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s\u0001\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\", \"name\": \"a\tb\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\", \"name\": \"a\\qb\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}}}")]
    [InlineData("{\"formatVersion\": 10, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\" {\"met\": true}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": [\"met\"]}}")]
    [InlineData("{\"formatVersion\": 1 \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}}}")]
    public void Read_NotJsonOrNotValid_Declines(string json)
    {
        var bytes = TestFiles.Utf8(json);

        Assert.NotEmpty(Loader.ParseAssessmentFully(bytes).Diagnostics);
        Assert.Null(Read(bytes));
    }

    [Theory]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s1\"}, \"round\": \"annual\", \"self\": {\"t\\u0031\": {\"met\": true}}}")]
    [InlineData("{\"formatVersion\": 1, \"unit\": {\"id\": \"s\\u0031\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"met\": true}}}")]
    public void Read_ValidButEscapedOrUnusual_DeclinesAndTheFullPipelineReadsIt(string json)
    {
        var bytes = TestFiles.Utf8(json);

        Assert.Null(Read(bytes));
        Assert.True(Loader.ParseAssessment(bytes).Succeeded);
    }

    [Theory]
    [InlineData("\"unit\": {\"id\": \"s1\", \"name\": \"云@\"}, \"self\": {\"t1\": {\"met\": true}}")]
    [InlineData("\"unit\": {\"id\": \"s1\"}, \"assessedBy\": \"@\", \"self\": {\"t1\": {\"met\": true}}")]
    [InlineData("\"unit\": {\"id\": \"s1\"}, \"notes\": \"a\\n@\", \"self\": {\"t1\": {\"met\": true}}")]
    [InlineData("\"unit\": {\"id\": \"s1\"}, \"self\": {\"t1\": {\"met\": true, \"note\": \"@\"}}")]
    [InlineData("\"unit\": {\"id\": \"s1\"}, \"self\": {\"t1\": {\"level\": \"l@\"}}")]
    [InlineData("\"unit\": {\"id\": \"s1\"}, \"self\": {\"t1\": {\"k@\": true}}")]
    [InlineData("\"unit\": {\"id\": \"s1\"}, \"self\": {\"t@\": {\"met\": true}}")]
    [InlineData("\"unit\": {\"id\": \"s@\"}, \"self\": {\"t1\": {\"met\": true}}")]
    [InlineData("\"unit\": {\"id\": \"s1\"}, \"self\": {\"t1\": {\"met\": true, \"evidenceRefs\": [\"@\"]}}")]
    public void Read_InvalidUtf8InAnyString_DeclinesAndTheFullPipelineSaysSo(string members)
    {
        // '@' stands for a byte that is not UTF-8 (a lone continuation byte).
        var bytes = TestFiles.Utf8("{\"formatVersion\": 1, \"round\": \"annual\", " + members + "}");
        bytes[Array.IndexOf(bytes, (byte)'@')] = 0x80;

        // Twice: the second time, a memo that kept anything from the first would answer.
        Assert.Null(Read(bytes));
        Assert.Null(Read(bytes));
        Assert.NotEmpty(Loader.ParseAssessment(bytes).Diagnostics);
    }

    [Fact]
    public void Read_EveryCutOfAValidDocument_Declines()
    {
        var bytes = TestFiles.Utf8(Valid);
        Assert.NotNull(Read(bytes));

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Null(Read(bytes.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Read_SameEntryAfterAnotherRecord_SameObservationInBoth()
    {
        var first = Read(TestFiles.Utf8(Valid))!;
        var second = Read(TestFiles.Utf8(Valid.Replace("\"s1\"", "\"s2\"", StringComparison.Ordinal)))!;

        Assert.Equal("s2", second.UnitId);
        Assert.Same(first.Column(ScoreSide.Self)!["t1"], second.Column(ScoreSide.Self)!["t1"]);
        Assert.Same(first.Column(ScoreSide.Assessor)!["t2"], second.Column(ScoreSide.Assessor)!["t2"]);
    }

    private static Assessment? Read(ReadOnlySpan<byte> bytes) =>
        AssessmentFastPath.TryRead(bytes, LoaderOptions.Default);
}
