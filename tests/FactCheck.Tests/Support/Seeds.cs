using FactCheck.Ingestion;

namespace FactCheck.Tests.Support;

/// <summary>The reference story in ../shared/seeds, read at run time (never copied into the repo).</summary>
internal static class Seeds
{
    /// <summary>The seeds folder, found by walking up from the test binaries to the folder beside the repo.</summary>
    public static string Directory { get; } = Find();

    public static bool Available => System.IO.Directory.Exists(Directory);

    /// <summary>Skips the calling test (Inconclusive would hide failures) when the seeds are absent.</summary>
    public static void RequireAvailable()
    {
        if (!Available)
        {
            Assert.Ignore($"The reference seeds are not at {Directory}.");
        }
    }

    public static string PathOf(string prefix) =>
        System.IO.Directory.GetFiles(Directory, prefix + "*.txt").Single();

    public static string Text(string prefix) => File.ReadAllText(PathOf(prefix));

    public static IReadOnlyList<SourceDocument> All() =>
        System.IO.Directory.GetFiles(Directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(p => new SourceDocument(System.IO.Path.GetFileNameWithoutExtension(p), File.ReadAllText(p)) { SourcePath = p })
            .ToList();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/seeds"));
    }
}
