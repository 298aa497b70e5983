namespace Rubric.Engine.Schema.Tests;

internal static class TestFiles
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] FixtureBytes(string name) => File.ReadAllBytes(Fixture(name));

    public static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The checkout's root: the first folder above the test binaries that holds Rubric.Engine.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static byte[] Utf8(string json) => System.Text.Encoding.UTF8.GetBytes(json);

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Rubric.Engine.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Rubric.Engine.sln not found above " + AppContext.BaseDirectory);
    }
}
