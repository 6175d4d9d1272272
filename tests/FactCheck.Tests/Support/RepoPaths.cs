namespace FactCheck.Tests.Support;

/// <summary>Files of the repository itself (the bundled sample, the docs), found by walking up to FactCheck.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    /// <summary>The demo's bundled sample story: a worked example of every kind of discrepancy.</summary>
    public static string SampleDirectory => Path.Combine(Root, "src", "FactCheck.Demo", "Sample");

    public static string Docs(string name) => Path.Combine(Root, "docs", name);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FactCheck.sln was not found above " + AppContext.BaseDirectory);
    }
}
