namespace Rubric.Engine.Schema.Tests;

internal static class TestFiles
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] FixtureBytes(string name) => File.ReadAllBytes(Fixture(name));

    public static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static byte[] Utf8(string json) => System.Text.Encoding.UTF8.GetBytes(json);
}
