using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace FactCheck.Languages;

/// <summary>
/// The words a checker reads: every word list of one language, one concept per list (<c>titles</c>,
/// <c>months</c>, <c>speech-verbs</c>, ...). <see cref="English"/> is built from the files embedded under
/// <c>src/FactCheck/Languages/En/</c>; <see cref="FromDirectory"/> reads a folder of the same files (another
/// language, or a newsroom's additions) and <see cref="With"/> adds entries without forking. Give the pack to
/// <see cref="FactCheckerBuilder.UseLanguage"/>: every stage then reads only this pack. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// File format: one entry per line; <c>#</c> starts a comment; blank lines are ignored. Lists of pairs write
/// <c>key = value</c>. An entry may end with tags in brackets, <c>said [text claims]</c>: it is then read only
/// by those stages (<c>text</c>, <c>entities</c>, <c>time</c>, <c>claims</c>, ...); an untagged entry is read by
/// every stage that reads the list. A list missing from a pack is empty.
/// </remarks>
public sealed class LanguagePack
{
    private const string EmbeddedPrefix = "FactCheck.Languages.";
    private static readonly Lazy<LanguagePack> EnglishPack = new(() => FromEmbedded("En", "English"), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, PackEntry[]> _lists;
    private readonly ConcurrentDictionary<(string List, string? Use), string[]> _lines = new();
    private readonly ConcurrentDictionary<Type, Lazy<object>> _lexicons = new();

    private LanguagePack(string name, FrozenDictionary<string, PackEntry[]> lists)
    {
        Name = name;
        _lists = lists;
    }

    /// <summary>The English pack (the files under <c>Languages/En/</c>, embedded in the library); the default of every stage.</summary>
    public static LanguagePack English => EnglishPack.Value;

    /// <summary>The pack's name (for example <c>English</c>).</summary>
    public string Name { get; }

    /// <summary>The names of the lists this pack holds (file names without <c>.txt</c>), sorted.</summary>
    public IReadOnlyList<string> ListNames => [.. _lists.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Reads a pack from a folder of list files (<c>NAME.txt</c>, the format of <c>Languages/En/</c>).</summary>
    /// <param name="path">The folder.</param>
    /// <param name="name">The pack's name; default: the folder's name.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static LanguagePack FromDirectory(string path, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"Language folder '{path}' does not exist.");
        }

        var lists = new Dictionary<string, PackEntry[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file);
            lists[Path.GetFileNameWithoutExtension(file)] = Parse(reader);
        }

        return new LanguagePack(name ?? new DirectoryInfo(path).Name, lists.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Builds a pack from lists given in code (list name → entries in the file format).</summary>
    /// <param name="name">The pack's name.</param>
    /// <param name="lists">The lists; entries may carry a value (<c>key = value</c>) and tags (<c>[claims]</c>).</param>
    public static LanguagePack Create(string name, IReadOnlyDictionary<string, IEnumerable<string>> lists)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(lists);
        var parsed = new Dictionary<string, PackEntry[]>(StringComparer.Ordinal);
        foreach (var (list, entries) in lists)
        {
            parsed[list] = ParseAll(entries ?? []);
        }

        return new LanguagePack(name, parsed.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>A copy of this pack with <paramref name="entries"/> added to the list <paramref name="list"/> (created when missing).</summary>
    /// <param name="list">The list's name, for example <c>titles</c>.</param>
    /// <param name="entries">Entries in the file format: <c>managing editor</c>, <c>fortnight = 14</c>, <c>avowed [text]</c>.</param>
    public LanguagePack With(string list, params IEnumerable<string> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(list);
        ArgumentNullException.ThrowIfNull(entries);
        var lists = _lists.ToDictionary(StringComparer.Ordinal);
        lists[list] = [.. lists.GetValueOrDefault(list) ?? [], .. ParseAll(entries)];
        return new LanguagePack(Name, lists.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>A copy of this pack without the entries of <paramref name="list"/> whose key is one of <paramref name="keys"/> (case-insensitive).</summary>
    /// <param name="list">The list's name.</param>
    /// <param name="keys">The entries to drop, without value or tags (<c>said</c>, <c>may</c>).</param>
    public LanguagePack Without(string list, params IEnumerable<string> keys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(list);
        ArgumentNullException.ThrowIfNull(keys);
        var drop = keys.Select(k => k.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lists = _lists.ToDictionary(StringComparer.Ordinal);
        if (lists.TryGetValue(list, out var entries))
        {
            lists[list] = [.. entries.Where(e => !drop.Contains(e.Key))];
        }

        return new LanguagePack(Name, lists.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>A copy of this pack with every list of the folder's files added to the lists of the same name.</summary>
    /// <param name="path">A folder of list files (<c>NAME.txt</c>), for example a newsroom's own titles and outlets.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public LanguagePack WithDirectory(string path)
    {
        var more = FromDirectory(path);
        var lists = _lists.ToDictionary(StringComparer.Ordinal);
        foreach (var (list, entries) in more._lists)
        {
            lists[list] = [.. lists.GetValueOrDefault(list) ?? [], .. entries];
        }

        return new LanguagePack(Name, lists.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The entries of a list as written (value included, comment and tags removed), in file order; empty when the pack has no such list.</summary>
    /// <param name="list">The list's name.</param>
    public IReadOnlyList<string> Entries(string list) => Lines(list, null);

    /// <summary>The entries of <paramref name="list"/> read by the stage <paramref name="use"/> (untagged or tagged with it; all when null), in file order.</summary>
    internal IReadOnlyList<string> Lines(string list, string? use) =>
        _lines.GetOrAdd((list, use), static (key, lists) => lists.TryGetValue(key.List, out var entries)
            ? [.. entries.Where(e => key.Use is null || e.Tags.Length == 0 || Array.IndexOf(e.Tags, key.Use) >= 0).Select(e => e.Text)]
            : [], _lists);

    /// <summary>The entries as a case-insensitive set.</summary>
    internal FrozenSet<string> Set(string list, string? use) => Lines(list, use).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Entries of the form <c>key = value</c> (or <c>key\tvalue</c>) as a case-insensitive map; the first of a repeated key wins.</summary>
    internal FrozenDictionary<string, string> Map(string list, string? use)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines(list, use))
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

    /// <summary>
    /// A stage's lookup structures built from this pack: built once (thread-safe) on first use and kept with the
    /// pack, so every checker using the pack shares them.
    /// </summary>
    internal T Lexicon<T>(Func<LanguagePack, T> build)
        where T : class =>
        (T)_lexicons.GetOrAdd(typeof(T), static (_, arg) => new Lazy<object>(() => arg.build(arg.pack), LazyThreadSafetyMode.ExecutionAndPublication), (build, pack: this)).Value;

    private static LanguagePack FromEmbedded(string folder, string name)
    {
        var prefix = EmbeddedPrefix + folder + ".";
        var assembly = typeof(LanguagePack).Assembly;
        var lists = new Dictionary<string, PackEntry[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            lists[resource[prefix.Length..^4]] = Parse(reader);
        }

        return new LanguagePack(name, lists.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static PackEntry[] Parse(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return ParseAll(lines);
    }

    private static PackEntry[] ParseAll(IEnumerable<string> lines)
    {
        var result = new List<PackEntry>();
        foreach (var line in lines)
        {
            if (line is null)
            {
                continue;
            }

            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            string[] tags = [];
            var open = entry.LastIndexOf(" [", StringComparison.Ordinal);
            if (entry[^1] == ']' && open > 0)
            {
                tags = entry[(open + 2)..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                entry = entry[..open].TrimEnd();
            }

            result.Add(new PackEntry(entry, tags));
        }

        return [.. result];
    }

    private sealed record PackEntry(string Text, string[] Tags)
    {
        public string Key { get; } = KeyOf(Text);

        private static string KeyOf(string text)
        {
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            return (eq > 0 ? text[..eq] : text).Trim();
        }
    }
}
