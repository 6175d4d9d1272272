using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>Tokenizing and phrase matching shared by the claim, alignment and conflict stages.</summary>
internal static class ClaimText
{
    /// <summary>Splits <paramref name="text"/>[start..end) into word, number and punctuation tokens with absolute offsets.</summary>
    public static List<Token> Tokenize(string text, int start, int end, Lexicon lexicon)
    {
        // Sized for about one token per four characters (English prose runs five to six), so the list rarely grows.
        var tokens = new List<Token>(Math.Max(4, (end - start) / 4));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                var j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || char.GetUnicodeCategory(text[j]) == UnicodeCategory.NonSpacingMark
                    || (IsInnerJoiner(text[j]) && j + 1 < end && char.IsLetter(text[j + 1]))))
                {
                    j++;
                }

                // "U.S." and "Sen." keep their final period: an abbreviation, not a sentence end.
                if (j < end && text[j] == '.' && j - i <= 4 && (text[i..j].Contains('.', StringComparison.Ordinal) || char.IsUpper(c)) && IsAbbreviation(text[i..j], lexicon))
                {
                    j++;
                }

                tokens.Add(Make(text, i, j, TokenKind.Word));
                i = j;
                continue;
            }

            if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsDigit(text[j]) || ((text[j] == ',' || text[j] == '.') && j + 1 < end && char.IsDigit(text[j + 1]))))
                {
                    j++;
                }

                tokens.Add(Make(text, i, j, TokenKind.Number));
                i = j;
                continue;
            }

            tokens.Add(Make(text, i, i + 1, TokenKind.Punctuation));
            i++;
        }

        return tokens;
    }

    /// <summary>The folded form of a word without a possessive ending ("sessions'" and "russia's" lose it).</summary>
    public static string Bare(string folded)
    {
        if (folded.EndsWith("'s", StringComparison.Ordinal))
        {
            return folded[..^2];
        }

        return folded.EndsWith('\'') ? folded[..^1] : folded;
    }

    /// <summary>The folded words of a text, possessives removed, for content comparison.</summary>
    public static List<string> Words(string text, Lexicon lexicon)
    {
        var result = new List<string>();
        foreach (var t in Tokenize(text, 0, text.Length, lexicon))
        {
            if (t.Kind != TokenKind.Punctuation)
            {
                result.Add(Bare(t.Folded).TrimEnd('.'));
            }
        }

        return result;
    }

    /// <summary>Content words: folded words that are not stop words, in order.</summary>
    public static List<string> ContentWords(string text, Lexicon lexicon)
    {
        var stop = lexicon.Stopwords;
        return Words(text, lexicon).Where(w => w.Length > 1 && !stop.Contains(w)).ToList();
    }

    /// <summary>Content words joined by spaces: the string FuzzySharp compares.</summary>
    public static string ContentString(string text, Lexicon lexicon) => string.Join(' ', ContentWords(text, lexicon));

    /// <summary>Parses a digit token ("1,200", "2.5") or returns null.</summary>
    public static double? ParseNumber(string text)
    {
        var clean = text.Replace(",", string.Empty, StringComparison.Ordinal);
        return double.TryParse(clean, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>A number in invariant form without trailing zeros.</summary>
    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static bool IsInnerJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '.' or '&';

    private static bool IsAbbreviation(string word, Lexicon lexicon)
    {
        var folded = TextFolding.Fold(word);
        return folded.Contains('.', StringComparison.Ordinal) || lexicon.Abbreviations.Contains(folded + ".");
    }

    // One-character ASCII tokens (punctuation mostly) are shared instead of allocated per occurrence.
    private static readonly string[] AsciiChars = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();
    private static readonly string[] FoldedAsciiChars = AsciiChars.Select(TextFolding.Fold).ToArray();

    private static Token Make(string text, int start, int end, TokenKind kind)
    {
        if (end - start == 1 && text[start] < 128)
        {
            return new Token(start, end, AsciiChars[text[start]], FoldedAsciiChars[text[start]], kind);
        }

        var (raw, folded) = Strings(text.AsSpan(start, end - start));
        return new Token(start, end, raw, folded, kind);
    }

    // A news text repeats its words ("the", names, verbs): each thread keeps the strings of the words it has seen,
    // looked up by their characters, so a repeated word costs no new text or folded string. Bounded, as texts vary.
    private const int MaxCachedStrings = 16_384;
    private const int MaxCachedLength = 40;

    [ThreadStatic]
    private static Dictionary<string, string>? t_folded;

    /// <summary>The token's text and folded form, shared with earlier tokens of the same characters on this thread.</summary>
    private static (string Raw, string Folded) Strings(ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxCachedLength)
        {
            var longRaw = chars.ToString();
            return (longRaw, TextFolding.Fold(longRaw));
        }

        var cache = t_folded ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var raw, out var folded))
        {
            return (raw, folded);
        }

        if (cache.Count >= MaxCachedStrings)
        {
            cache.Clear();
        }

        raw = chars.ToString();
        folded = TextFolding.Fold(raw);
        cache.Add(raw, folded);
        return (raw, folded);
    }
}

/// <summary>A match of a phrase from a word list in a token sequence.</summary>
/// <param name="First">Index of the first matched token.</param>
/// <param name="Last">Index of the last matched token.</param>
/// <param name="Phrase">The phrase as listed.</param>
/// <param name="Value">The phrase's value (the right side of <c>=</c>), or the phrase itself.</param>
internal sealed record PhraseMatch(int First, int Last, string Phrase, string Value);

/// <summary>
/// Finds the phrases of a word list in token sequences. A phrase is a run of folded words; <c>~</c> between
/// two words allows up to three other words in between ("independent ~ commission").
/// </summary>
internal sealed class PhraseMatcher
{
    private const int MaxGap = 3;
    private readonly FrozenDictionary<string, (string[] Words, string Phrase, string Value)[]> _byFirst;

    // This list's bit in a FirstWordIndex (set once, while the lexicon is built), or 0 when no index covers it.
    private uint _indexBit;

    public PhraseMatcher(IEnumerable<string> lines)
    {
        var byFirst = new Dictionary<string, List<(string[] Words, string Phrase, string Value)>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            var phrase = (eq > 0 ? line[..eq] : line).Trim();
            var value = eq > 0 ? line[(eq + 1)..].Trim() : phrase;
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0)
            {
                continue;
            }

            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            list.Add((words, phrase, value));
        }

        // Longest phrase first, so "forced to step down" wins over "step down".
        _byFirst = byFirst.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(p => p.Words.Length).ThenBy(p => p.Phrase, StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>Every non-overlapping match, left to right, longest first at each position (an empty array when none).</summary>
    public IReadOnlyList<PhraseMatch> Matches(IReadOnlyList<Token> tokens)
    {
        // Most sentences hold no phrase of a given list: the result list is only made for a match.
        List<PhraseMatch>? result = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryMatchAt(tokens, i) is { } m)
            {
                (result ??= []).Add(m);
                i = m.Last;
            }
        }

        return result is null ? Array.Empty<PhraseMatch>() : result;
    }

    /// <summary>
    /// <see cref="Matches(IReadOnlyList{Token})"/> given the <see cref="FirstWordIndex.Of"/> bits of the tokens: positions
    /// where no phrase of this list can start are skipped without a lookup.
    /// </summary>
    public IReadOnlyList<PhraseMatch> Matches(IReadOnlyList<Token> tokens, uint[] firstWords)
    {
        List<PhraseMatch>? result = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryMatchAt(tokens, i, firstWords) is { } m)
            {
                (result ??= []).Add(m);
                i = m.Last;
            }
        }

        return result is null ? Array.Empty<PhraseMatch>() : result;
    }

    /// <summary><see cref="TryMatchAt(IReadOnlyList{Token}, int)"/> given the <see cref="FirstWordIndex.Of"/> bits of the tokens.</summary>
    public PhraseMatch? TryMatchAt(IReadOnlyList<Token> tokens, int i, uint[] firstWords)
    {
        if (_indexBit != 0 && (uint)i < (uint)firstWords.Length && (firstWords[i] & _indexBit) == 0)
        {
            return null;
        }

        return TryMatchAt(tokens, i);
    }

    /// <summary>The first words of this list's phrases, as tokens' keys.</summary>
    internal IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>Gives this list its bit in a <see cref="FirstWordIndex"/>.</summary>
    internal void SetIndexBit(uint bit)
    {
        if (_indexBit != 0)
        {
            throw new InvalidOperationException("A phrase list belongs to one first-word index.");
        }

        _indexBit = bit;
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/>, or null.</summary>
    public PhraseMatch? TryMatchAt(IReadOnlyList<Token> tokens, int i)
    {
        if (!_byFirst.TryGetValue(Key(tokens[i]), out var candidates))
        {
            return null;
        }

        foreach (var (words, phrase, value) in candidates)
        {
            var last = MatchFrom(tokens, i, words);
            if (last >= 0)
            {
                return new PhraseMatch(i, last, phrase, value);
            }
        }

        return null;
    }

    /// <summary>What a token matches a listed word by: punctuation as folded, a word or number without its possessive ending.</summary>
    internal static string Key(Token t) => t.Kind == TokenKind.Punctuation ? t.Folded : ClaimText.Bare(t.Folded);

    /// <summary>What a token matches a listed word by: punctuation as folded, a word or number without its possessive ending (<see cref="ClaimText.Bare"/>), without making a string.</summary>
    internal static ReadOnlySpan<char> KeySpan(Token t)
    {
        var folded = t.Folded.AsSpan();
        if (t.Kind == TokenKind.Punctuation)
        {
            return folded;
        }

        return folded.EndsWith("'s", StringComparison.Ordinal) ? folded[..^2] : folded.EndsWith('\'') ? folded[..^1] : folded;
    }

    private static int MatchFrom(IReadOnlyList<Token> tokens, int start, string[] words)
    {
        var t = start;
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w] == "~")
            {
                continue;
            }

            var gapAllowed = w > 0 && words[w - 1] == "~";
            var found = -1;
            var skipped = 0;
            for (var k = t; k < tokens.Count; k++)
            {
                if (KeySpan(tokens[k]).SequenceEqual(words[w]))
                {
                    found = k;
                    break;
                }

                // Gaps skip up to three words and any commas, never sentence punctuation.
                if (!gapAllowed)
                {
                    break;
                }

                if (tokens[k].Kind == TokenKind.Punctuation)
                {
                    if (tokens[k].Folded != ",")
                    {
                        break;
                    }
                }
                else if (++skipped > MaxGap)
                {
                    break;
                }
            }

            if (found < 0)
            {
                return -1;
            }

            t = found + 1;
        }

        return t - 1;
    }
}

/// <summary>
/// For each token of a sentence, which phrase lists have a phrase starting with it, as bits (one lookup per token
/// instead of one per token and list). Numbers the lists it is built over (at most 32).
/// </summary>
internal sealed class FirstWordIndex
{
    private readonly FrozenDictionary<string, uint> _bits;

    public FirstWordIndex(params PhraseMatcher[] matchers)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(matchers.Length, 32);
        var bits = new Dictionary<string, uint>(StringComparer.Ordinal);
        for (var i = 0; i < matchers.Length; i++)
        {
            var bit = 1U << i;
            matchers[i].SetIndexBit(bit);
            foreach (var word in matchers[i].FirstWords)
            {
                bits[word] = bits.GetValueOrDefault(word) | bit;
            }
        }

        _bits = bits.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The bits of each token: bit <c>i</c> is set when the <c>i</c>-th list has a phrase starting with the token.</summary>
    public uint[] Of(IReadOnlyList<Token> tokens)
    {
        var result = new uint[tokens.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = _bits.TryGetValue(PhraseMatcher.Key(tokens[i]), out var b) ? b : 0;
        }

        return result;
    }
}

/// <summary>
/// The vocabulary the claim, alignment and conflict stages read, from one <see cref="LanguagePack"/>: built once per pack
/// (<see cref="For"/>) and kept with it.
/// </summary>
internal sealed class Lexicon
{
    private const string Use = "claims";

    private Lexicon(LanguagePack pack)
    {
        Pack = pack;
        Stopwords = pack.Set("stopwords", Use);
        VoteWords = pack.Set("vote-words", Use);
        UnanimousWords = pack.Set("unanimous-words", Use);
        Abbreviations = pack.Map("abbreviations", Use).Keys
            .Select(k => k.ToLowerInvariant() + ".").ToFrozenSet(StringComparer.Ordinal);
        Contact = new(pack.Lines("contact", Use));
        DemandPhrases = new(pack.Lines("demand-phrases", Use));
        WeakDemands = pack.Set("weak-demand-phrases", Use);
        NamedDemands = pack.Lines("demand-phrases", Use)
            .Where(l => l.Contains('=', StringComparison.Ordinal)).Select(l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim())
            .ToFrozenSet(StringComparer.Ordinal);
        DemandCues = new(pack.Lines("demand-cues", Use));
        Hedges = new(pack.Lines("hedges", Use));
        Bounds = new(pack.Lines("lower-bounds", Use));
        Negators = pack.Set("negators", Use);
        Departure = new(pack.Lines("departure", Use));
        NounPhraseOpeners = pack.Lines("determiners", null).Concat(pack.Lines("prepositions", null)).ToFrozenSet(StringComparer.Ordinal);
        CreditCues = new(pack.Lines("credit-cues", Use));
        CreditVerbs = new(pack.Lines("credit-verbs", Use));
        NumberWords = pack.Map("numbers", Use);
        Multipliers = pack.Map("multipliers", Use);
        Currencies = pack.Map("currencies", Use);
        UnitAliases = pack.Map("unit-aliases", Use);
        Counts = pack.Map("counts", Use);
        NumberOrVoteWords = NumberWords.Keys.Concat(UnanimousWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        NumberOrCountWords = NumberWords.Keys.Concat(Counts.Keys).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Months = pack.Map("months", Use)
            .ToFrozenDictionary(kv => kv.Key, kv => int.Parse(kv.Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        RoleNouns = new(pack.Lines("role-nouns", Use));
        TimeShifters = pack.Set("time-shifters", Use);
        QuestionCues = new(pack.Lines("question-cues", Use));
        SpeechVerbs = pack.Set("speech-verbs", Use);
        Characterization = new(pack.Lines("characterization", Use));
        EventVerbs = new(pack.Lines("event-verbs", Use));
        FirstWords = new(
            Contact, DemandPhrases, DemandCues, Hedges, Bounds, Departure, CreditCues, CreditVerbs, RoleNouns, Characterization, EventVerbs);
        TitleQualifiers = pack.Set("title-qualifiers", Use);
        TimeBlockers = pack.Set("time-blockers", Use);
        QuantityWords = pack.Map("quantity-words", "alignment");
        GenericUnits = pack.Set("generic-units", "alignment");
        QuantityNoise = pack.Set("quantity-noise", "alignment");
        FixedUnits = pack.Set("fixed-units", "conflicts");
        Demands = new DemandConstructions(pack, this);
    }

    /// <summary>The English lexicon (<see cref="LanguagePack.English"/>).</summary>
    public static Lexicon English => For(LanguagePack.English);

    /// <summary>The pack the lexicon was read from.</summary>
    public LanguagePack Pack { get; }

    public FrozenSet<string> Stopwords { get; }

    public FrozenSet<string> VoteWords { get; }

    public FrozenSet<string> UnanimousWords { get; }

    public FrozenSet<string> Abbreviations { get; }

    public PhraseMatcher Contact { get; }

    public PhraseMatcher DemandPhrases { get; }

    public FrozenSet<string> WeakDemands { get; }

    /// <summary>The closed set of named demands (the values of <c>demand-phrases</c>: resign, recuse, special-counsel...).</summary>
    public FrozenSet<string> NamedDemands { get; }

    public PhraseMatcher DemandCues { get; }

    public PhraseMatcher Hedges { get; }

    public PhraseMatcher Bounds { get; }

    public FrozenSet<string> Negators { get; }

    public PhraseMatcher Departure { get; }

    /// <summary>Words before which a participle modifies a noun ("by retired engineer ...", "the ousted mayor"): articles, possessives, prepositions.</summary>
    public FrozenSet<string> NounPhraseOpeners { get; }

    public PhraseMatcher CreditCues { get; }

    public PhraseMatcher CreditVerbs { get; }

    public FrozenDictionary<string, string> NumberWords { get; }

    public FrozenDictionary<string, string> Multipliers { get; }

    public FrozenDictionary<string, string> Currencies { get; }

    public FrozenDictionary<string, string> UnitAliases { get; }

    public FrozenDictionary<string, string> Counts { get; }

    /// <summary>Number words and unanimity words together (same comparer): one lookup rules a word out of both.</summary>
    public FrozenSet<string> NumberOrVoteWords { get; }

    /// <summary>Number words and count words together (same comparer): one lookup rules a word out of both.</summary>
    public FrozenSet<string> NumberOrCountWords { get; }

    public FrozenDictionary<string, string> Months { get; }

    public PhraseMatcher RoleNouns { get; }

    public FrozenSet<string> TimeShifters { get; }

    public PhraseMatcher QuestionCues { get; }

    public FrozenSet<string> SpeechVerbs { get; }

    public PhraseMatcher Characterization { get; }

    public PhraseMatcher EventVerbs { get; }

    /// <summary>The first words of the lists a sentence is matched against (declared last: it reads the lists above).</summary>
    public FirstWordIndex FirstWords { get; }

    /// <summary>Words that qualify a title without changing it ("acting", "former").</summary>
    public FrozenSet<string> TitleQualifiers { get; }

    /// <summary>Nouns naming a proceeding whose date is not the claim's ("hearing", "vote").</summary>
    public FrozenSet<string> TimeBlockers { get; }

    /// <summary>Words that say what a figure counts, each with its class.</summary>
    public FrozenDictionary<string, string> QuantityWords { get; }

    /// <summary>Units that say little about what is counted ("people", "percent").</summary>
    public FrozenSet<string> GenericUnits { get; }

    /// <summary>Words that never say what a figure counts.</summary>
    public FrozenSet<string> QuantityNoise { get; }

    /// <summary>Units whose figure does not change with later reports.</summary>
    public FrozenSet<string> FixedUnits { get; }

    /// <summary>The free-form demand constructions over this lexicon's words.</summary>
    public DemandConstructions Demands { get; }

    /// <summary>The lexicon of <paramref name="pack"/>, built once and kept with the pack.</summary>
    public static Lexicon For(LanguagePack pack) => pack.Lexicon(static p => new Lexicon(p));

    /// <summary>Joins words for display and for ids.</summary>
    public static string Join(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(w);
        }

        return sb.ToString();
    }
}
