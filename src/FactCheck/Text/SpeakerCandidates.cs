using System.Collections.Frozen;
using FactCheck.Entities;
using FactCheck.Languages;

namespace FactCheck.Text;

/// <summary>What a possible speaker mention is.</summary>
internal enum CandidateKind
{
    /// <summary>A person's name (or a capitalised name span of unknown type).</summary>
    Name,
    /// <summary>An organization ("City Council").</summary>
    Organization,
    /// <summary>A personal pronoun (he, she, they).</summary>
    Pronoun,
    /// <summary>A role phrase ("the spokeswoman", "a city hall official").</summary>
    Role,
}

/// <summary>
/// A span that could be the speaker of a quotation. <c>Anonymous</c>: a role with an indefinite article or a
/// plural ("a city hall official", "officials"), never resolved to a name. <c>NameOnly</c>: the name
/// without titles (the role noun for roles).
/// </summary>
/// <remarks>
/// <c>Text</c> and <c>NameOnly</c> are cut from the document only when asked for: most candidates are never
/// credited with a quote. <c>NameOnly</c> is either given (an entity's name) or the span <paramref name="name"/> of the document.
/// </remarks>
internal sealed class SpeakerCandidate(int start, int end, string document, CandidateKind kind, bool possessive, bool anonymous, TextSpan name, string? nameText = null)
{
    private string? _text;
    private string? _nameOnly = nameText;

    public int Start { get; } = start;

    public int End { get; } = end;

    /// <summary>The candidate's text, <c>document[Start..End)</c>.</summary>
    public string Text => _text ??= document[Start..End];

    public CandidateKind Kind { get; } = kind;

    public bool Possessive { get; } = possessive;

    public bool Anonymous { get; } = anonymous;

    public string NameOnly => _nameOnly ??= name.Start == Start && name.End == End ? Text : document[name.Start..name.End];

    public bool CanBeSubject => !Possessive;

    public bool IsPersonLike => Kind == CandidateKind.Name;
}

/// <summary>
/// Finds possible speakers in a paragraph: person and organization mentions (from the entity stage when
/// it has run, otherwise from a small built-in finder of capitalised name spans), pronouns and role phrases.
/// </summary>
internal sealed class SpeakerCandidates
{
    // Tokens are looked up as views of the text: no string per word.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgHeadWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterWords;

    // Pronouns and determiners (disjoint lists): one lookup per word tells which, if any, a word is.
    private readonly FrozenDictionary<string, Lead>.AlternateLookup<ReadOnlySpan<char>> LeadWords;
    private readonly ChromePhrases _chrome;

    private SpeakerCandidates(LanguagePack pack)
    {
        // The pack writes titles and organization heads in lower case; a speaker span matches them capitalized.
        TitleWords = pack.Lines("titles", "text").Select(Capitalized).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        OrgHeadWords = pack.Lines("organization-heads", "text").Select(Capitalized).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        RoleWords = pack.Set("role-nouns", "text").GetAlternateLookup<ReadOnlySpan<char>>();
        GroupWords = pack.Set("speaker-groups", "text").GetAlternateLookup<ReadOnlySpan<char>>();
        PrepositionWords = pack.Lines("prepositions", "text").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        StarterWords = Abbreviations.For(pack).Starters.GetAlternateLookup<ReadOnlySpan<char>>();
        LeadWords = pack.Lines("pronouns", "text").Select(w => KeyValuePair.Create(w, Lead.Pronoun))
            .Concat(pack.Lines("determiners", "definite").Select(w => KeyValuePair.Create(w, Lead.Definite)))
            .Concat(pack.Lines("determiners", "indefinite").Select(w => KeyValuePair.Create(w, Lead.Indefinite)))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _chrome = ChromePhrases.For(pack);
    }

    /// <summary>The pack's speaker lexicon (built once per pack).</summary>
    public static SpeakerCandidates For(LanguagePack pack) => pack.Lexicon(static p => new SpeakerCandidates(p));

    private static string Capitalized(string word) => string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));

    private enum Lead
    {
        Pronoun,
        Definite,
        Indefinite,
    }

    /// <summary>Appends the candidates in <c>text[start..end)</c>, ordered by offset, to <paramref name="output"/>; <paramref name="scratch"/> is reused between calls.</summary>
    public void Find(string text, int start, int end, IReadOnlyList<EntityMention> mentions, List<SpeakerCandidate> output, Scratch scratch)
    {
        var tokens = scratch.Tokens;
        tokens.Clear();
        tokens.EnsureCapacity((end - start) / 4); // about one token per four characters of news prose
        Tokenizer.Bounds(text, start, end, tokens);
        var result = scratch.Candidates;
        result.Clear();
        if (mentions.Count > 0)
        {
            // Mentions are ordered by offset: binary search for the paragraph's first one.
            int lo = 0, hi = mentions.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (mentions[mid].Start < start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (var k = lo; k < mentions.Count && mentions[k].Start < end; k++)
            {
                var m = mentions[k];
                // An untyped name followed by ", who" is a person ("said Roe, who conceded ...").
                var personByRelative = m.Type == EntityType.Other && m.End <= end && FollowedByWho(text, m.End, end);
                if (m.End > end || (m.Type is not (EntityType.Person or EntityType.Organization) && !personByRelative))
                {
                    continue;
                }

                var kind = m.Type == EntityType.Organization ? CandidateKind.Organization : CandidateKind.Name;
                result.Add(new SpeakerCandidate(m.Start, m.End, text, kind, IsPossessive(text, m.End, end), false, default, m.Name));
            }
        }
        else
        {
            AddNameSpans(text, tokens, end, result);
        }

        AddPronounsAndRoles(text, tokens, end, result);
        result.Sort(ByStartThenLongest);

        // A role phrase that ends where a name span ends ("the Oregon senator" vs "Oregon") wins; drop nested spans.
        var first = output.Count;
        foreach (var c in result)
        {
            if (output.Count > first && c.Start < output[^1].End)
            {
                continue;
            }

            output.Add(c);
        }
    }

    private static readonly Comparison<SpeakerCandidate> ByStartThenLongest = (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    /// <summary>Lists reused from paragraph to paragraph (and, per thread, from document to document).</summary>
    internal sealed class Scratch
    {
        // Kept per thread so that their arrays are not allocated again for every document; a huge paragraph's are not kept.
        private const int MaxKeptTokens = 1 << 14;

        [ThreadStatic]
        private static Scratch? t_current;

        public List<TokenBounds> Tokens { get; } = [];

        public List<SpeakerCandidate> Candidates { get; } = [];

        /// <summary>This thread's scratch lists (one caller at a time per thread).</summary>
        public static Scratch ForCurrentThread()
        {
            var s = t_current ??= new Scratch();
            if (s.Tokens.Capacity > MaxKeptTokens)
            {
                s.Tokens.Clear();
                s.Tokens.Capacity = 0;
            }

            return s;
        }

        /// <summary>Drops the candidates (they belong to the last document).</summary>
        public void Release()
        {
            Candidates.Clear();
        }
    }

    private void AddNameSpans(string text, List<TokenBounds> tokens, int end, List<SpeakerCandidate> result)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsCapitalized(text, tokens[i]))
            {
                i++;
                continue;
            }

            // Grow the span over capitalised words, initials ("J.") and title periods ("Sen.").
            var j = i + 1;
            while (j < tokens.Count)
            {
                var prev = tokens[j - 1];
                var t = tokens[j];
                if (IsPeriod(text, t) && t.Start == prev.End && (IsInitial(text, prev) || TitleWords.Contains(prev.In(text))))
                {
                    j++;
                    continue;
                }

                if (IsCapitalized(text, t) && t.Start - prev.End == 1 && text[prev.End] == ' ')
                {
                    j++;
                    continue;
                }

                break;
            }

            var s = i;
            while (s < j && (StarterWords.Contains(tokens[s].In(text)) || IsCalendarWord(text, tokens[s]) || IsPeriod(text, tokens[s])))
            {
                s++;
            }

            var last = -1;
            for (var k = s; k < j; k++)
            {
                if (TitleWords.Contains(tokens[k].In(text)))
                {
                    last = k;
                }
            }

            var n = last >= 0 ? last + 1 : s;
            while (n < j && IsPeriod(text, tokens[n]))
            {
                n++;
            }

            var e = j;
            while (e > n && (IsPeriod(text, tokens[e - 1]) && !IsInitial(text, tokens[e - 2]) || IsCalendarWord(text, tokens[e - 1])))
            {
                e--;
            }

            if (e > n)
            {
                var afterPreposition = i > 0 && PrepositionWords.Contains(tokens[i - 1].In(text)) && last < 0;
                if (!afterPreposition)
                {
                    var st = tokens[n].Start;
                    var en = tokens[e - 1].End;
                    if (en - st > 2 && text[en - 1] == 's' && text[en - 2] is '\'' or '\u2019')
                    {
                        en -= 2; // "Trump's": the apostrophe joined the word
                    }

                    // "White House" is an organization; "Oregon Democrat" (a role word last) is a description, not a name.
                    var head = tokens[e - 1].In(text);
                    var kind = OrgHeadWords.Contains(head) || RoleWords.Contains(head) ? CandidateKind.Organization : CandidateKind.Name;
                    result.Add(new SpeakerCandidate(st, en, text, kind, IsPossessive(text, en, end), false, new TextSpan(st, en)));
                }
            }

            i = j;
        }
    }

    private void AddPronounsAndRoles(string text, List<TokenBounds> tokens, int end, List<SpeakerCandidate> result)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            if (!LeadWords.TryGetValue(t.In(text), out var lead))
            {
                continue;
            }

            if (lead == Lead.Pronoun)
            {
                result.Add(new SpeakerCandidate(t.Start, t.End, text, CandidateKind.Pronoun, false, false, new TextSpan(t.Start, t.End)));
                continue;
            }

            var definite = lead == Lead.Definite;

            // determiner + up to four modifiers + role noun, not followed by a name ("the spokeswoman", not "spokeswoman Jane Roe").
            for (var k = i + 1; k < tokens.Count && k <= i + 5; k++)
            {
                var w = tokens[k];
                if (w.Kind != TokenKind.Word)
                {
                    break;
                }

                var noun = w.In(text);
                if (k == i + 1 && definite && GroupWords.Contains(noun))
                {
                    // "the union": a body speaking for itself, never resolved to a person.
                    result.Add(new SpeakerCandidate(t.Start, w.End, text, CandidateKind.Role, IsPossessive(text, w.End, end), true, new TextSpan(w.Start, w.End)));
                    break;
                }

                if (RoleWords.Contains(noun))
                {
                    if (k + 1 < tokens.Count && tokens[k + 1] is var next && IsCapitalized(text, next) && !TitleWords.Contains(next.In(text)) && next.Start - w.End == 1)
                    {
                        break;
                    }

                    var plural = noun.EndsWith('s') && !noun.EndsWith("ss");
                    var anonymous = !definite || plural;
                    var st = anonymous ? tokens[i + 1].Start : t.Start;
                    result.Add(new SpeakerCandidate(st, w.End, text, CandidateKind.Role, IsPossessive(text, w.End, end), anonymous, new TextSpan(w.Start, w.End)));
                    break;
                }
            }
        }
    }

    private static bool FollowedByWho(string text, int from, int limit) =>
        text.AsSpan(from, Math.Min(limit - from, 6)).StartsWith(", who ", StringComparison.Ordinal);

    private static bool IsPeriod(string text, TokenBounds t) => t.End - t.Start == 1 && text[t.Start] == '.';

    private static bool IsCapitalized(string text, TokenBounds t)
    {
        if (t.Kind != TokenKind.Word || !char.IsUpper(text[t.Start]))
        {
            return false;
        }

        // All-capital tokens are acronyms or datelines (NATO, U.S., DENVER); "R-Tex" is an affiliation tag.
        var word = t.In(text);
        if (word.Length >= 2 && AllCapitals(word))
        {
            return false;
        }

        return !(word.Length > 2 && word[1] == '-' && char.IsUpper(word[0]));
    }

    private static bool AllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInitial(string text, TokenBounds t) => t.Kind == TokenKind.Word && t.End - t.Start == 1 && char.IsUpper(text[t.Start]);

    /// <summary>Whether the token, folded as <see cref="Tokenizer"/> folds it, is a month or weekday name.</summary>
    private bool IsCalendarWord(string text, TokenBounds t)
    {
        // Calendar words are short: fold short tokens on the stack; anything else takes the general path.
        var word = t.In(text);
        Span<char> folded = stackalloc char[16];
        return word.Length <= folded.Length && TextFolding.TryFoldSimple(word, folded)
            ? _chrome.IsCalendarWord(folded[..word.Length])
            : _chrome.IsCalendarWord(TextFolding.Fold(word.ToString()));
    }

    private static bool IsPossessive(string text, int end, int limit)
    {
        if (end < limit && text[end] is '\'' or '\u2019')
        {
            return end + 1 >= limit || text[end + 1] is 's' or ' ' or ',' or '.' || !char.IsLetter(text[end + 1]);
        }

        return false;
    }
}
