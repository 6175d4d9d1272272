using System.Collections.Frozen;
using FactCheck.Entities;

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
internal sealed record SpeakerCandidate(int Start, int End, string Text, CandidateKind Kind, bool Possessive, bool Anonymous, string NameOnly)
{
    public bool CanBeSubject => !Possessive;

    public bool IsPersonLike => Kind == CandidateKind.Name;
}

/// <summary>
/// Finds possible speakers in a paragraph: person and organization mentions (from the entity stage when
/// it has run, otherwise from a small built-in finder of capitalised name spans), pronouns and role phrases.
/// </summary>
internal static class SpeakerCandidates
{
    private static readonly FrozenSet<string> Titles = WordLists.Lines("Text", "person-titles").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> OrgHeads = WordLists.Lines("Text", "organization-heads").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Roles = WordLists.Set("Text", "speaker-roles");
    private static readonly FrozenSet<string> Groups = WordLists.Set("Text", "speaker-groups");
    private static readonly FrozenSet<string> Prepositions = new[] { "of", "in", "from", "at", "on", "into", "with", "for", "by", "about", "against", "between" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Pronouns = new[] { "he", "she", "they" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Definite = new[] { "the", "this", "that" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Indefinite = new[] { "a", "an", "another", "one" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Candidates in <c>text[start..end)</c>, ordered by offset.</summary>
    public static List<SpeakerCandidate> Find(string text, int start, int end, IReadOnlyList<EntityMention> mentions)
    {
        var tokens = Tokenizer.Tokenize(text, start, end);
        var result = new List<SpeakerCandidate>();
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
                result.Add(new SpeakerCandidate(m.Start, m.End, text[m.Start..m.End], kind, IsPossessive(text, m.End, end), false, m.Name));
            }
        }
        else
        {
            AddNameSpans(text, tokens, end, result);
        }

        AddPronounsAndRoles(text, tokens, end, result);
        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));

        // A role phrase that ends where a name span ends ("the Oregon senator" vs "Oregon") wins; drop nested spans.
        var pruned = new List<SpeakerCandidate>(result.Count);
        foreach (var c in result)
        {
            if (pruned.Count > 0 && c.Start < pruned[^1].End)
            {
                continue;
            }

            pruned.Add(c);
        }

        return pruned;
    }

    private static void AddNameSpans(string text, IReadOnlyList<Token> tokens, int end, List<SpeakerCandidate> result)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsCapitalized(tokens[i]))
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
                if (t.Text == "." && t.Start == prev.End && (IsInitial(prev) || Titles.Contains(prev.Text)))
                {
                    j++;
                    continue;
                }

                if (IsCapitalized(t) && t.Start - prev.End == 1 && text[prev.End] == ' ')
                {
                    j++;
                    continue;
                }

                break;
            }

            var s = i;
            while (s < j && (Abbreviations.Starters.Contains(tokens[s].Text) || ChromePhrases.IsCalendarWord(tokens[s].Folded) || tokens[s].Text == "."))
            {
                s++;
            }

            var last = -1;
            for (var k = s; k < j; k++)
            {
                if (Titles.Contains(tokens[k].Text))
                {
                    last = k;
                }
            }

            var n = last >= 0 ? last + 1 : s;
            while (n < j && tokens[n].Text == ".")
            {
                n++;
            }

            var e = j;
            while (e > n && (tokens[e - 1].Text == "." && !IsInitial(tokens[e - 2]) || ChromePhrases.IsCalendarWord(tokens[e - 1].Folded)))
            {
                e--;
            }

            if (e > n)
            {
                var before = i > 0 ? tokens[i - 1] : null;
                var afterPreposition = before is not null && Prepositions.Contains(before.Text) && last < 0;
                if (!afterPreposition)
                {
                    var st = tokens[n].Start;
                    var en = tokens[e - 1].End;
                    if (en - st > 2 && text[en - 1] == 's' && text[en - 2] is '\'' or '\u2019')
                    {
                        en -= 2; // "Trump's": the apostrophe joined the word
                    }

                    // "White House" is an organization; "Oregon Democrat" (a role word last) is a description, not a name.
                    var head = tokens[e - 1].Text;
                    var kind = OrgHeads.Contains(head) || Roles.Contains(head) ? CandidateKind.Organization : CandidateKind.Name;
                    result.Add(new SpeakerCandidate(st, en, text[st..en], kind, IsPossessive(text, en, end), false, text[st..en]));
                }
            }

            i = j;
        }
    }

    private static void AddPronounsAndRoles(string text, IReadOnlyList<Token> tokens, int end, List<SpeakerCandidate> result)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            if (Pronouns.Contains(t.Text))
            {
                result.Add(new SpeakerCandidate(t.Start, t.End, t.Text, CandidateKind.Pronoun, false, false, t.Text));
                continue;
            }

            var definite = Definite.Contains(t.Text);
            if (!definite && !Indefinite.Contains(t.Text))
            {
                continue;
            }

            // determiner + up to four modifiers + role noun, not followed by a name ("the spokeswoman", not "spokeswoman Jane Roe").
            for (var k = i + 1; k < tokens.Count && k <= i + 5; k++)
            {
                var w = tokens[k];
                if (w.Kind != TokenKind.Word)
                {
                    break;
                }

                if (Groups.Contains(w.Text) && k == i + 1 && definite)
                {
                    // "the union": a body speaking for itself, never resolved to a person.
                    result.Add(new SpeakerCandidate(t.Start, w.End, text[t.Start..w.End], CandidateKind.Role, IsPossessive(text, w.End, end), true, w.Text));
                    break;
                }

                if (Roles.Contains(w.Text))
                {
                    var next = k + 1 < tokens.Count ? tokens[k + 1] : null;
                    if (next is not null && IsCapitalized(next) && !Titles.Contains(next.Text) && next.Start - w.End == 1)
                    {
                        break;
                    }

                    var plural = w.Text.EndsWith('s') && !w.Text.EndsWith("ss", StringComparison.Ordinal);
                    var anonymous = !definite || plural;
                    var st = anonymous ? tokens[i + 1].Start : t.Start;
                    result.Add(new SpeakerCandidate(st, w.End, text[st..w.End], CandidateKind.Role, IsPossessive(text, w.End, end), anonymous, w.Text));
                    break;
                }
            }
        }
    }

    private static bool FollowedByWho(string text, int from, int limit) =>
        text.AsSpan(from, Math.Min(limit - from, 6)).StartsWith(", who ", StringComparison.Ordinal);

    private static bool IsCapitalized(Token t)
    {
        if (t.Kind != TokenKind.Word || !char.IsUpper(t.Text[0]))
        {
            return false;
        }

        // All-capital tokens are acronyms or datelines (NATO, U.S., DENVER); "R-Tex" is an affiliation tag.
        if (t.Text.Length >= 2 && t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return false;
        }

        return !(t.Text.Length > 2 && t.Text[1] == '-' && char.IsUpper(t.Text[0]));
    }

    private static bool IsInitial(Token t) => t.Kind == TokenKind.Word && t.Text.Length == 1 && char.IsUpper(t.Text[0]);

    private static bool IsPossessive(string text, int end, int limit)
    {
        if (end < limit && text[end] is '\'' or '\u2019')
        {
            return end + 1 >= limit || text[end + 1] is 's' or ' ' or ',' or '.' || !char.IsLetter(text[end + 1]);
        }

        return false;
    }
}
