using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace FactCheck;

/// <summary>
/// Reads the word lists embedded as data (<c>&lt;Stage&gt;/Data/*.txt</c>): one entry per line,
/// <c>#</c> starts a comment, blank lines are ignored. Lists are read once and cached.
/// </summary>
internal static class WordLists
{
    private static readonly ConcurrentDictionary<string, string[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The entries of <c>FactCheck.&lt;stage&gt;.Data.&lt;name&gt;.txt</c>, trimmed, in file order.</summary>
    public static IReadOnlyList<string> Lines(string stage, string name) =>
        Cache.GetOrAdd(string.Concat("FactCheck.", stage, ".Data.", name, ".txt"), Read);

    /// <summary>The entries as a case-insensitive set.</summary>
    public static FrozenSet<string> Set(string stage, string name) =>
        Lines(stage, name).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Entries of the form <c>key = value</c> (or <c>key\tvalue</c>) as a case-insensitive map.</summary>
    public static FrozenDictionary<string, string> Map(string stage, string name)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines(stage, name))
        {
            var i = line.IndexOf('=', StringComparison.Ordinal);
            if (i < 0)
            {
                i = line.IndexOf('\t', StringComparison.Ordinal);
            }

            if (i > 0)
            {
                d.TryAdd(line[..i].Trim(), line[(i + 1)..].Trim());
            }
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static string[] Read(string resource)
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded word list '{resource}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var result = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0)
            {
                result.Add(entry);
            }
        }

        return [.. result];
    }
}
