using System.Collections.Frozen;
using System.Text;
using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Entities;

/// <summary>
/// The entity stage's word lists of one <see cref="LanguagePack"/>, loaded once per pack (<see cref="For"/>) into frozen
/// sets. Keys are "normalized": folded (lower case, no accents), periods removed, runs of spaces collapsed (see <see cref="Normalize"/>).
/// </summary>
internal sealed class Gazetteer
{
    private const string Use = "entities";

    private readonly LanguagePack _pack;

    private Gazetteer(LanguagePack pack)
    {
        _pack = pack;
        Titles = pack.Lines("titles", Use).Concat(pack.Lines("role-nouns", Use))
            .Select(Normalize)
            .Where(t => !pack.Map("parties", Use).ContainsKey(t) && !IsPlural(t))
            .ToFrozenSet(StringComparer.Ordinal);
        TitleWords = Titles.SelectMany(t => t.Split(' ')).ToFrozenSet(StringComparer.Ordinal);
        TitleFinalWords = Titles.Select(t => t[(t.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);
        Honorifics = NormSet("honorifics");
        Abbreviations = pack.Map("abbreviations", Use).Keys.Select(Normalize).ToFrozenSet(StringComparer.Ordinal);
        RoleNouns = NormSet("role-nouns");
        RoleModifiers = NormSet("role-modifiers");
        OrgHeads = NormSet("organization-heads");
        PlaceHeads = NormSet("place-heads");
        PlaceAttributives = NormSet("place-attributives");
        EventHeads = NormSet("event-heads");
        EventPrefixes = NormSet("event-prefixes");
        Calendar = NormSet("calendar");
        Particles = NormSet("particles");
        GivenNames = NormSet("given-names");
        CommonWords = NormSet("common-words");
        SpeechVerbs = NormSet("speech-verbs");
        TeamRoles = NormSet("team-roles");
        OrgNouns = NormSet("org-nouns");
        MatchVerbsBefore = pack.Map("match-verbs", Use).Keys.Select(Normalize).ToFrozenSet(StringComparer.Ordinal);
        MatchVerbsAfter = pack.Map("match-verbs", Use).Where(p => p.Value == "both").Select(p => Normalize(p.Key)).ToFrozenSet(StringComparer.Ordinal);
        Parties = NormMap("parties");
        Organizations = NormLines("organizations");
        Places = BuildPlaces();
        Countries = BuildCountries();
        Demonyms = BuildDemonyms();
        StateCodes = BuildStateCodes();
        Variants = NormMap("variants");
        PlaceKeys = Places.GetAlternateLookup<ReadOnlySpan<char>>();
        OrganizationKeys = Organizations.GetAlternateLookup<ReadOnlySpan<char>>();
        StateKeys = StateCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        TitleKeys = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        GivenNameKeys = GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();
        CountryKeys = Countries.GetAlternateLookup<ReadOnlySpan<char>>();
        CalendarKeys = Calendar.GetAlternateLookup<ReadOnlySpan<char>>();
        DemonymKeys = Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        Typing = new TypingRules(this);
    }

    /// <summary>The English gazetteer (<see cref="LanguagePack.English"/>).</summary>
    public static Gazetteer English => For(LanguagePack.English);

    /// <summary>Person titles, multi-word ones included ("attorney general", "sen").</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Every word that occurs in a title, to find the extent of a title sequence.</summary>
    public FrozenSet<string> TitleWords { get; }

    /// <summary>Last words of titles: a title sequence must end with one.</summary>
    public FrozenSet<string> TitleFinalWords { get; }

    /// <summary>Courtesy titles (Mr., Ms.): part of a mention, not a role.</summary>
    public FrozenSet<string> Honorifics { get; }

    /// <summary>Abbreviations whose period does not end a sentence.</summary>
    public FrozenSet<string> Abbreviations { get; }

    /// <summary>Role nouns ("spokeswoman", "senator") used in appositions.</summary>
    public FrozenSet<string> RoleNouns { get; }

    /// <summary>Lower-case words that may open a role phrase ("top", "former").</summary>
    public FrozenSet<string> RoleModifiers { get; }

    /// <summary>Organization head words ("committee", "airlines").</summary>
    public FrozenSet<string> OrgHeads { get; }

    /// <summary>Place head words ("county", "valley").</summary>
    public FrozenSet<string> PlaceHeads { get; }

    /// <summary>Lower-case nouns after which a bare unknown name is a place ("Dunmere council", "Lakeport residents").</summary>
    public FrozenSet<string> PlaceAttributives { get; }

    /// <summary>Event head words ("convention", "olympics").</summary>
    public FrozenSet<string> EventHeads { get; }

    /// <summary>Event prefixes ("hurricane").</summary>
    public FrozenSet<string> EventPrefixes { get; }

    /// <summary>Months, weekdays, relative days.</summary>
    public FrozenSet<string> Calendar { get; }

    /// <summary>Name particles (de, van, bin).</summary>
    public FrozenSet<string> Particles { get; }

    /// <summary>Common given names.</summary>
    public FrozenSet<string> GivenNames { get; }

    /// <summary>Common English words.</summary>
    public FrozenSet<string> CommonWords { get; }

    /// <summary>Speech verbs ("said").</summary>
    public FrozenSet<string> SpeechVerbs { get; }

    /// <summary>Team nouns after a name ("captain", "side").</summary>
    public FrozenSet<string> TeamRoles { get; }

    /// <summary>Company nouns after a name ("shares", "chairman").</summary>
    public FrozenSet<string> OrgNouns { get; }

    /// <summary>Match-result verbs after a team name ("beat").</summary>
    public FrozenSet<string> MatchVerbsBefore { get; }

    /// <summary>Match-result verbs that also type the name after them.</summary>
    public FrozenSet<string> MatchVerbsAfter { get; }

    /// <summary>Party words and their letter code.</summary>
    public FrozenDictionary<string, string> Parties { get; }

    /// <summary>Known organizations, normalized, with the spelling from the list (for case checks on acronyms).</summary>
    public FrozenDictionary<string, string> Organizations { get; }

    /// <summary>Known places (countries, states, cities, regions), normalized, with the list spelling.</summary>
    public FrozenDictionary<string, string> Places { get; }

    /// <summary>Country names (and their listed variants), normalized: a national side keeps its country's place type.</summary>
    public FrozenSet<string> Countries { get; }

    /// <summary>Demonyms (adjectives and plurals) to their country, normalized keys.</summary>
    public FrozenDictionary<string, string> Demonyms { get; }

    /// <summary>US state names and abbreviations (postal and AP) to the postal code, normalized keys.</summary>
    public FrozenDictionary<string, string> StateCodes { get; }

    /// <summary>Spelling variants of places and organizations to their canonical form, normalized both sides.</summary>
    public FrozenDictionary<string, string> Variants { get; }

    // The gazetteers looked up by a span, so multi-word keys need no string.
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PlaceKeys { get; }

    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OrganizationKeys { get; }

    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StateKeys { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleKeys { get; }

    /// <summary><see cref="GivenNames"/> looked up by a span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNameKeys { get; }

    /// <summary><see cref="Countries"/> looked up by a span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryKeys { get; }

    /// <summary><see cref="Calendar"/> looked up by a span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarKeys { get; }

    /// <summary><see cref="Demonyms"/> looked up by a span.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DemonymKeys { get; }

    /// <summary>The entity-typing steps over this gazetteer's words.</summary>
    public TypingRules Typing { get; }

    /// <summary>The gazetteer of <paramref name="pack"/>, built once and kept with the pack.</summary>
    public static Gazetteer For(LanguagePack pack) => pack.Lexicon(static p => new Gazetteer(p));

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
    private bool IsPlural(string t) =>
        (t.EndsWith('s') && t.Length > 3 && _pack.Lines("role-nouns", Use).Contains(t[..^1], StringComparer.OrdinalIgnoreCase))
        || t.EndsWith("men", StringComparison.Ordinal) || t.EndsWith("people", StringComparison.Ordinal);

    private FrozenSet<string> NormSet(string name) =>
        _pack.Lines(name, Use).Select(Normalize).ToFrozenSet(StringComparer.Ordinal);

    private FrozenDictionary<string, string> NormLines(string name)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in _pack.Lines(name, Use))
        {
            d.TryAdd(Normalize(line), line);
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private FrozenDictionary<string, string> NormMap(string name)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in _pack.Map(name, Use))
        {
            d.TryAdd(Normalize(k), v);
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private IEnumerable<(string Key, string[] Values)> Pairs(string name)
    {
        foreach (var line in _pack.Lines(name, Use))
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

    private FrozenDictionary<string, string> BuildPlaces()
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

        foreach (var line in _pack.Lines("cities", Use))
        {
            d.TryAdd(Normalize(line), line);
        }

        // Place variants (Kiev, U.S.) are places too; organization variants are skipped.
        foreach (var (k, v) in _pack.Map("variants", Use))
        {
            if (d.ContainsKey(Normalize(v)))
            {
                d.TryAdd(Normalize(k), k);
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private FrozenSet<string> BuildCountries()
    {
        var d = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (k, _) in Pairs("countries"))
        {
            d.Add(Normalize(k));
        }

        foreach (var (k, v) in _pack.Map("variants", Use))
        {
            if (d.Contains(Normalize(v)))
            {
                d.Add(Normalize(k));
            }
        }

        return d.ToFrozenSet(StringComparer.Ordinal);
    }

    private FrozenDictionary<string, string> BuildDemonyms()
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

    private FrozenDictionary<string, string> BuildStateCodes()
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
