using System.Collections.Frozen;
using System.Text;
using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Entities;

/// <summary>
/// The entity stage's embedded word lists, loaded once into frozen sets. Keys are "normalized":
/// folded (lower case, no accents), periods removed, runs of spaces collapsed (see <see cref="Normalize"/>).
/// </summary>
internal static class Gazetteer
{
    private const string Use = "entities";

    /// <summary>Person titles, multi-word ones included ("attorney general", "sen").</summary>
    public static FrozenSet<string> Titles { get; } = LanguagePack.English.Lines("titles", Use).Concat(LanguagePack.English.Lines("role-nouns", Use))
        .Select(Normalize)
        .Where(t => !LanguagePack.English.Map("parties", Use).ContainsKey(t) && !IsPlural(t))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every word that occurs in a title, to find the extent of a title sequence.</summary>
    public static FrozenSet<string> TitleWords { get; } = Titles.SelectMany(t => t.Split(' ')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words of titles: a title sequence must end with one.</summary>
    public static FrozenSet<string> TitleFinalWords { get; } = Titles.Select(t => t[(t.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Courtesy titles (Mr., Ms.): part of a mention, not a role.</summary>
    public static FrozenSet<string> Honorifics { get; } = NormSet("honorifics");

    /// <summary>Abbreviations whose period does not end a sentence.</summary>
    public static FrozenSet<string> Abbreviations { get; } = LanguagePack.English.Map("abbreviations", Use).Keys.Select(Normalize).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Role nouns ("spokeswoman", "senator") used in appositions.</summary>
    public static FrozenSet<string> RoleNouns { get; } = NormSet("role-nouns");

    /// <summary>Lower-case words that may open a role phrase ("top", "former").</summary>
    public static FrozenSet<string> RoleModifiers { get; } = NormSet("role-modifiers");

    /// <summary>Organization head words ("committee", "airlines").</summary>
    public static FrozenSet<string> OrgHeads { get; } = NormSet("organization-heads");

    /// <summary>Place head words ("county", "valley").</summary>
    public static FrozenSet<string> PlaceHeads { get; } = NormSet("place-heads");

    /// <summary>Lower-case nouns after which a bare unknown name is a place ("Dunmere council", "Lakeport residents").</summary>
    public static FrozenSet<string> PlaceAttributives { get; } = NormSet("place-attributives");

    /// <summary>Event head words ("convention", "olympics").</summary>
    public static FrozenSet<string> EventHeads { get; } = NormSet("event-heads");

    /// <summary>Event prefixes ("hurricane").</summary>
    public static FrozenSet<string> EventPrefixes { get; } = NormSet("event-prefixes");

    /// <summary>Months, weekdays, relative days.</summary>
    public static FrozenSet<string> Calendar { get; } = NormSet("calendar");

    /// <summary>Name particles (de, van, bin).</summary>
    public static FrozenSet<string> Particles { get; } = NormSet("particles");

    /// <summary>Common given names.</summary>
    public static FrozenSet<string> GivenNames { get; } = NormSet("given-names");

    /// <summary>Common English words.</summary>
    public static FrozenSet<string> CommonWords { get; } = NormSet("common-words");

    /// <summary>Speech verbs ("said").</summary>
    public static FrozenSet<string> SpeechVerbs { get; } = NormSet("speech-verbs");

    /// <summary>Party words and their letter code.</summary>
    public static FrozenDictionary<string, string> Parties { get; } = NormMap("parties");

    /// <summary>Known organizations, normalized, with the spelling from the list (for case checks on acronyms).</summary>
    public static FrozenDictionary<string, string> Organizations { get; } = NormLines("organizations");

    /// <summary>Known places (countries, states, cities, regions), normalized, with the list spelling.</summary>
    public static FrozenDictionary<string, string> Places { get; } = BuildPlaces();

    /// <summary>Country names (and their listed variants), normalized: a national side keeps its country's place type.</summary>
    public static FrozenSet<string> Countries { get; } = BuildCountries();

    /// <summary>Demonyms (adjectives and plurals) to their country, normalized keys.</summary>
    public static FrozenDictionary<string, string> Demonyms { get; } = BuildDemonyms();

    /// <summary>US state names and abbreviations (postal and AP) to the postal code, normalized keys.</summary>
    public static FrozenDictionary<string, string> StateCodes { get; } = BuildStateCodes();

    /// <summary>Spelling variants of places and organizations to their canonical form, normalized both sides.</summary>
    public static FrozenDictionary<string, string> Variants { get; } = NormMap("variants");

    private static bool HasDotOrSpace(string s)
    {
        foreach (var c in s)
        {
            if (c == '.' || char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folds, drops periods, collapses whitespace; "U.S." → "us", "Sen." → "sen".</summary>
    public static string Normalize(string text)
    {
        // ASCII needs no decomposition; skipping it keeps the hot path free of Unicode normalization.
        var folded = System.Text.Ascii.IsValid(text) ? text.ToLowerInvariant().Replace('`', '\'') : TextFolding.Fold(text);
        if (!HasDotOrSpace(folded))
        {
            return folded; // the common single word: nothing to drop or collapse
        }

        return Whitespace.Collapse(folded, dropPeriods: true);
    }

    /// <summary>Whether the text is written in capitals only (at least two letters).</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    // Plural role nouns ("senators", "spokesmen") name groups, never a title before one name.
    private static bool IsPlural(string t) =>
        (t.EndsWith('s') && t.Length > 3 && LanguagePack.English.Lines("role-nouns", Use).Contains(t[..^1], StringComparer.OrdinalIgnoreCase))
        || t.EndsWith("men", StringComparison.Ordinal) || t.EndsWith("people", StringComparison.Ordinal);

    private static FrozenSet<string> NormSet(string name) =>
        LanguagePack.English.Lines(name, Use).Select(Normalize).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> NormLines(string name)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LanguagePack.English.Lines(name, Use))
        {
            d.TryAdd(Normalize(line), line);
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> NormMap(string name)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in LanguagePack.English.Map(name, Use))
        {
            d.TryAdd(Normalize(k), v);
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<(string Key, string[] Values)> Pairs(string name)
    {
        foreach (var line in LanguagePack.English.Lines(name, Use))
        {
            var i = line.IndexOf('=', StringComparison.Ordinal);
            if (i <= 0)
            {
                yield return (line.Trim(), []);
                continue;
            }

            var values = line[(i + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            yield return (line[..i].Trim(), values);
        }
    }

    private static FrozenDictionary<string, string> BuildPlaces()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, _) in Pairs("countries"))
        {
            d.TryAdd(Normalize(k), k);
        }

        foreach (var (k, _) in Pairs("us-states"))
        {
            d.TryAdd(Normalize(k), k);
        }

        foreach (var line in LanguagePack.English.Lines("cities", Use))
        {
            d.TryAdd(Normalize(line), line);
        }

        // Place variants (Kiev, U.S.) are places too; organization variants are skipped.
        foreach (var (k, v) in LanguagePack.English.Map("variants", Use))
        {
            if (d.ContainsKey(Normalize(v)))
            {
                d.TryAdd(Normalize(k), k);
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> BuildCountries()
    {
        var d = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (k, _) in Pairs("countries"))
        {
            d.Add(Normalize(k));
        }

        foreach (var (k, v) in LanguagePack.English.Map("variants", Use))
        {
            if (d.Contains(Normalize(v)))
            {
                d.Add(Normalize(k));
            }
        }

        return d.ToFrozenSet(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> BuildDemonyms()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, values) in Pairs("countries"))
        {
            foreach (var v in values)
            {
                d.TryAdd(Normalize(v), k);
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> BuildStateCodes()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, values) in Pairs("us-states"))
        {
            if (values.Length == 0)
            {
                continue;
            }

            var code = values[0];
            d.TryAdd(Normalize(k), code);
            foreach (var v in values)
            {
                d.TryAdd(Normalize(v), code);
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>
/// <see cref="Gazetteer.Normalize"/> for text that repeats (words, short names), one instance per thread: an ASCII text's
/// normal form depends only on its lower-case form, so each distinct one is normalized once and its string shared;
/// other text is normalized afresh. Not thread-safe; take <see cref="ForThisThread"/>.
/// </summary>
internal sealed class SharedNormalizer
{
    /// <summary>Longest text kept; longer text is normalized afresh.</summary>
    private const int MaxLength = 64;

    /// <summary>Distinct texts kept before starting over, so the cache stays small.</summary>
    private const int MaxTexts = 50_000;

    [ThreadStatic]
    private static SharedNormalizer? t_current;

    private readonly Dictionary<string, string> _normal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byLower;

    private SharedNormalizer()
    {
        _byLower = _normal.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The calling thread's instance.</summary>
    public static SharedNormalizer ForThisThread => t_current ??= new SharedNormalizer();

    /// <summary>Equal to <c>Gazetteer.Normalize(text.ToString())</c>.</summary>
    public string Normalize(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || !System.Text.Ascii.IsValid(text))
        {
            return Gazetteer.Normalize(text.ToString());
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var lower = buffer[..text.Length];
        System.Text.Ascii.ToLower(text, lower, out _);
        if (_byLower.TryGetValue(lower, out var normal))
        {
            return normal;
        }

        if (_normal.Count >= MaxTexts)
        {
            _normal.Clear();
        }

        normal = Gazetteer.Normalize(text.ToString());
        _normal.Add(new string(lower), normal);
        return normal;
    }
}
