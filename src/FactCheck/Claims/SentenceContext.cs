using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Languages;
using FactCheck.Entities;
using FactCheck.Text;
using FactCheck.Time;

namespace FactCheck.Claims;

/// <summary>One number in a sentence with its unit, bound and scope ("at least 40 dead", "five of the seven passengers").</summary>
internal sealed record QuantityInfo(ClaimArgument Number, string? Unit, string? Bound, string? Scope);

/// <summary>The tokens, mentions, quotes and times of one sentence, with the small parsers the frames share.</summary>
internal sealed class SentenceContext
{
    private readonly List<ResolvedMention> _mentions;
    private readonly List<(int Start, int End)> _creditSpans = [];
    private readonly uint[] _firstWords;
    private IReadOnlyList<PhraseMatch>? _demandCues;
    private List<ResolvedMention>? _persons;
    private List<TimeExpression>? _times;
    private List<ResolvedMention>? _personsOutsideQuotes;

    public SentenceContext(DocumentView view, Sentence sentence)
    {
        View = view;
        Lexicon = view.Lexicon;
        Sentence = sentence;
        Tokens = ClaimText.Tokenize(view.Document.Text, sentence.Start, sentence.End, Lexicon);
        _mentions = view.MentionsIn(sentence.Start, sentence.End);
        _firstWords = Lexicon.FirstWords.Of(Tokens);
        Hedges = FindHedges();
        Credit = FindCredit();
    }

    /// <summary>The distinct hedge phrases outside quotes, in order of first appearance.</summary>
    private string[] FindHedges()
    {
        List<string>? hedges = null;
        foreach (var m in Match(Lexicon.Hedges))
        {
            if (!InQuote(m.First) && !(hedges ??= []).Contains(m.Phrase, StringComparer.Ordinal))
            {
                hedges.Add(m.Phrase);
            }
        }

        return hedges is null ? [] : [.. hedges];
    }

    public DocumentView View { get; }

    /// <summary>The words of the checker's language pack.</summary>
    public Lexicon Lexicon { get; }

    public AnalyzedDocument Doc => View.Document;

    public Sentence Sentence { get; }

    public List<Token> Tokens { get; }

    public IReadOnlyList<string> Hedges { get; }

    public string? Credit { get; }

    /// <summary>The matches of a phrase list of <see cref="Lexicon"/> in the sentence.</summary>
    public IReadOnlyList<PhraseMatch> Match(PhraseMatcher list) => list.Matches(Tokens, _firstWords);

    /// <summary>The longest phrase of a list of <see cref="Lexicon"/> starting at token <paramref name="i"/>, or null.</summary>
    public PhraseMatch? MatchAt(PhraseMatcher list, int i) => list.TryMatchAt(Tokens, i, _firstWords);

    /// <summary>The stable id of the sentence's claim number <paramref name="number"/> (its position among the sentence's claims).</summary>
    public string ClaimId(int number) => string.Create(CultureInfo.InvariantCulture, $"{Doc.Id}#{Sentence.Index}.{number}");

    /// <summary>A claim on the whole sentence, numbered <paramref name="number"/> among the sentence's claims.</summary>
    public Claim Make(string frame, IReadOnlyList<ClaimArgument> args, int number) =>
        new(ClaimId(number), Doc.Id, Sentence.Index, Sentence.Start, Sentence.End, frame, Sentence.Text, args)
        {
            Hedges = Hedges,
            CreditedSource = Credit,
        };

    public ClaimArgument Arg(string role, int first, int last, string? value)
    {
        var start = Tokens[first].Start;
        var end = Tokens[last].End;
        return new ClaimArgument(role, Doc.Text[start..end], start, end, null, value);
    }

    public bool InQuote(int token) => token >= 0 && token < Tokens.Count && View.QuoteAt(Tokens[token].Start) is not null;

    public bool InQuoteOffset(int offset) => View.QuoteAt(offset) is not null;

    public string? SpeakerAt(int token) => token >= 0 && token < Tokens.Count ? SpeakerAtOffset(Tokens[token].Start) : null;

    public string? SpeakerAtOffset(int offset) => View.QuoteAt(offset) is { } q ? View.SpeakerId(q) : null;

    /// <summary>
    /// The people a contact trigger links: the nearest non-possessive person before it (within ten tokens) and
    /// the first person after it (within eight), so bystanders named elsewhere in the sentence stay out.
    /// </summary>
    public List<ResolvedMention> ContactParticipants(PhraseMatch trigger)
    {
        var start = Tokens[trigger.First].Start;
        var end = Tokens[trigger.Last].End;
        var quoted = InQuote(trigger.First);
        // The people on the trigger's side of the quotes: all persons, less those outside quotes when the trigger is quoted.
        var people = quoted ? Persons(outsideQuotes: false).FindAll(m => View.QuoteAt(m.Mention.Start) is not null) : Persons(outsideQuotes: true);
        var result = new List<ResolvedMention>();
        ResolvedMention? subject = null;
        for (var k = people.Count - 1; k >= 0; k--)
        {
            var m = people[k];
            if (m.Mention.End <= start && !Possessive(m) && TokensBetween(m.Mention.End, start) <= 10)
            {
                subject = m;
                break;
            }
        }

        if (subject is not null)
        {
            result.Add(subject);
        }

        ResolvedMention? obj = null;
        foreach (var m in people)
        {
            if (m.Mention.Start >= end && TokensBetween(end, m.Mention.Start) <= 8 && !Possessive(m))
            {
                obj = m;
                break;
            }
        }

        if (obj is not null && obj.EntityId != subject?.EntityId)
        {
            result.Add(obj);
        }

        return result;
    }

    /// <summary>Whether a trigger is a definite reference back to known contacts ("the two meetings", "the other meeting").</summary>
    public bool Anaphoric(PhraseMatch trigger)
    {
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 3; k--)
        {
            var f = Tokens[k].Folded;
            if (f is "the" or "other" or "these" or "those" or "both" or "second" or "first")
            {
                return true;
            }

            if (!(NumberAt(k, out _, out _) || f is "two" or "private" or "reported"))
            {
                return false;
            }
        }

        return false;
    }

    private bool Possessive(ResolvedMention m)
    {
        var text = Doc.Text;
        var e = m.Mention.End;
        return e < text.Length && (text[e] == '\'' || text[e] == '\u2019');
    }

    private int TokensBetween(int start, int end)
    {
        var n = 0;
        foreach (var t in Tokens)
        {
            if (t.Start >= start && t.End <= end && t.Kind == TokenKind.Word)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The sentence's person mentions in offset order, all or only those outside quotes (computed once; do not modify).</summary>
    public List<ResolvedMention> Persons(bool outsideQuotes)
    {
        if (outsideQuotes)
        {
            return _personsOutsideQuotes ??= _mentions.FindAll(m => m.Mention.Type == EntityType.Person && View.QuoteAt(m.Mention.Start) is null);
        }

        return _persons ??= _mentions.FindAll(m => m.Mention.Type == EntityType.Person);
    }

    /// <summary>An organization that opens the sentence (outside quotes, not a credited source) and ends before <paramref name="before"/>.</summary>
    public ResolvedMention? OrganizationSubject(int before)
    {
        var first = _mentions.FirstOrDefault(m => View.QuoteAt(m.Mention.Start) is null);
        return first is not null && first.Mention.Type == EntityType.Organization && first.Mention.End <= before && !IsCredited(first)
            && Tokens.Count > 0 && Tokens[0].Start <= first.Mention.Start && FirstWordsBefore(first.Mention.Start) <= 1
            ? first
            : null;
    }

    private int FirstWordsBefore(int offset)
    {
        var n = 0;
        foreach (var t in Tokens)
        {
            if (t.End <= offset)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// The person a definite description opening the sentence stands for ("The 23-year-old has signed"): the
    /// first person the previous sentence names outside quotes (its subject or object in wire prose).
    /// </summary>
    public ResolvedMention? DescribedPerson()
    {
        if (Sentence.Index == 0 || Tokens.Count < 2 || Tokens[0].Folded != "the" || !OpensWithAge())
        {
            return null;
        }

        var previous = Doc.Sentences[Sentence.Index - 1];
        return View.MentionsIn(previous.Start, previous.End)
            .FirstOrDefault(m => m.Mention.Type == EntityType.Person && View.QuoteAt(m.Mention.Start) is null);
    }

    /// <summary>"The 23-year-old ...": the sentence names its subject by age.</summary>
    private bool OpensWithAge() =>
        Tokens.Count > 4 && Tokens[1].Kind == TokenKind.Number && Tokens[2].Folded == "-" && Tokens[3].Kind == TokenKind.Word
        && Lexicon.UnitAliases.TryGetValue(Tokens[3].Folded, out var unit) && unit == "age";

    /// <summary>One entity argument per entity the sentence names (its first mention), credited sources left out.</summary>
    public List<ClaimArgument> EntityArgs()
    {
        var result = new List<ClaimArgument>();
        foreach (var m in _mentions)
        {
            if (IsCredited(m) || HasEntity(result, m.EntityId))
            {
                continue;
            }

            result.Add(new ClaimArgument("entity", m.Mention.Text, m.Mention.Start, m.Mention.End, m.EntityId, TypeName(m.Mention.Type)));
        }

        return result;
    }

    /// <summary>Whether one of <paramref name="args"/> stands for the entity <paramref name="entityId"/>.</summary>
    internal static bool HasEntity(List<ClaimArgument> args, string? entityId)
    {
        foreach (var a in args)
        {
            if (string.Equals(a.EntityId, entityId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type's name in lower case, as <c>ToString().ToLowerInvariant()</c> gives it, without making it per argument.</summary>
    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        EntityType.Other => "other",
        _ => type.ToString().ToLowerInvariant(),
    };

    public List<ClaimArgument> Places()
    {
        var result = new List<ClaimArgument>();
        foreach (var m in _mentions)
        {
            if (m.Mention.Type == EntityType.Place)
            {
                result.Add(new ClaimArgument("place", m.Mention.Text, m.Mention.Start, m.Mention.End, m.EntityId));
            }
        }

        return result;
    }

    /// <summary>Whether a mention names the credited source ("according to X", "X reported").</summary>
    public bool IsCredited(ResolvedMention m)
    {
        foreach (var c in _creditSpans)
        {
            if (m.Mention.Start < c.End && c.Start < m.Mention.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many times, for a contact trigger: "twice", "two meetings", "once".</summary>
    public ClaimArgument? Count(PhraseMatch trigger)
    {
        ClaimArgument? best = null;
        double bestValue = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (CannotStartNumber(Tokens[i], Lexicon.NumberOrCountWords))
            {
                continue;
            }

            double? v = null;
            var last = i;
            if (Lexicon.Counts.TryGetValue(Tokens[i].Folded, out var c))
            {
                v = double.Parse(c, CultureInfo.InvariantCulture);
            }
            else if (NumberAt(i, out var n, out var end) && end + 1 < Tokens.Count
                && (MatchAt(Lexicon.Contact, end + 1) is not null || Tokens[end + 1].Folded is "times"))
            {
                v = n;
                last = end + 1;
            }

            // "twice ..., once in July and a second time in September": "once" enumerates, the larger count wins.
            if (v is { } value && value > bestValue)
            {
                var bound = BoundBefore(i);
                bestValue = value;
                best = Arg("count", i, last, ClaimText.Format(value)) is var a && bound is not null ? a with { Value = a.Value + "+" + bound } : Arg("count", i, last, ClaimText.Format(value));
            }
        }

        _ = trigger;
        return best;
    }

    /// <summary>
    /// Whether <see cref="NumberAt"/> is false at a token and the token is in none of <paramref name="words"/> (a union
    /// holding the number words): not digits, no hyphen (hyphenated number words), not listed.
    /// </summary>
    private static bool CannotStartNumber(Token t, FrozenSet<string> words) =>
        t.Kind != TokenKind.Number && !t.Folded.Contains('-', StringComparison.Ordinal) && !words.Contains(t.Folded);

    /// <summary>Time arguments of the sentence; with a trigger, those that belong to the event rather than to the reporting or a hearing.</summary>
    public List<ClaimArgument> Times(int trigger)
    {
        var result = new List<ClaimArgument>();
        List<(int, int)>? seen = null;
        foreach (var t in _times ??= View.TimesWithin(Sentence.Start, Sentence.End))
        {
            // Durations, recurring times and references to the present or past as a whole date no event.
            if (t.Granularity == TimeGranularity.Duration || t.Type is TimeExpressionType.Duration or TimeExpressionType.Set || t.Value.EndsWith("_REF", StringComparison.Ordinal))
            {
                continue;
            }

            (seen ??= []).Add((t.Start, t.End));
            if (trigger >= 0 && Blocked(t.Start, trigger))
            {
                continue;
            }

            result.Add(new ClaimArgument("time", t.Text, t.Start, t.End, null, t.Value));
        }

        // Month names the time stage did not report (it may be absent): "XXXX-07".
        for (var i = 0; i < Tokens.Count; i++)
        {
            var tok = Tokens[i];
            if (!char.IsUpper(tok.Text[0]) || !Lexicon.Months.TryGetValue(tok.Folded.TrimEnd('.'), out var month) || Covers(seen, tok.Start))
            {
                continue;
            }

            if (tok.Folded == "may" && !(i > 0 && Tokens[i - 1].Folded is "in" or "since" or "until" or "early" or "late" or "mid"))
            {
                continue;
            }

            if (trigger >= 0 && Blocked(tok.Start, trigger))
            {
                continue;
            }

            result.Add(new ClaimArgument("time", tok.Text, tok.Start, tok.End, null, "XXXX-" + month));
        }

        SortByStart(result);
        return result;
    }

    private static bool Covers(List<(int Start, int End)>? spans, int offset)
    {
        if (spans is not null)
        {
            foreach (var (start, end) in spans)
            {
                if (start <= offset && offset < end)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A stable sort by start offset (insertion sort: the lists are a handful of items), as OrderBy was.</summary>
    private static void SortByStart(List<ClaimArgument> args)
    {
        for (var i = 1; i < args.Count; i++)
        {
            var item = args[i];
            var j = i - 1;
            while (j >= 0 && args[j].Start > item.Start)
            {
                args[j + 1] = args[j];
                j--;
            }

            args[j + 1] = item;
        }
    }

    /// <summary>"in an official capacity", "in his capacity as ...", "as a member of ...".</summary>
    public ClaimArgument? Capacity()
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Folded == "capacity")
            {
                var first = Math.Max(0, i - 3);
                while (first < i && Tokens[first].Folded != "in")
                {
                    first++;
                }

                var last = i;
                while (last + 1 < Tokens.Count && last < i + 8 && Tokens[last + 1].Kind != TokenKind.Punctuation)
                {
                    last++;
                }

                return Arg("manner", first, last, ClaimText.ContentString(Doc.Text[Tokens[first].Start..Tokens[last].End], Lexicon));
            }
        }

        return null;
    }

    public bool NegatedVerb(int i) => NegatedBefore(i, 2);

    /// <summary>Whether a negator stands within <paramref name="window"/> tokens before token <paramref name="i"/> (same quote status).</summary>
    public bool NegatedBefore(int i, int window)
    {
        var quoted = InQuote(Math.Min(i, Tokens.Count - 1));
        for (var k = Math.Min(i, Tokens.Count) - 1; k >= 0 && k >= i - window; k--)
        {
            // Negation does not reach across a clause boundary ("no more excuses, resign").
            if (Tokens[k].Folded is "," or ";" or ":" or "." or "-")
            {
                return false;
            }

            if (Lexicon.Negators.Contains(Tokens[k].Folded) && InQuote(k) == quoted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest demand cue ending before token <paramref name="i"/>, at most <paramref name="window"/> tokens away, in the same sentence.</summary>
    public PhraseMatch? CueBefore(int i, int window)
    {
        PhraseMatch? best = null;
        foreach (var m in _demandCues ??= Match(Lexicon.DemandCues))
        {
            if (m.Last < i && i - m.Last <= window)
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>Who the demand is addressed to: a person between cue and demand, or just before a modal cue.</summary>
    public ResolvedMention? Target(PhraseMatch? cue, PhraseMatch demand)
    {
        var demandStart = Tokens[demand.First].Start;
        if (cue is not null)
        {
            var cueEnd = Tokens[cue.Last].End;
            var between = _mentions.LastOrDefault(m => m.Mention.Type == EntityType.Person && m.Mention.Start >= cueEnd && m.Mention.End <= demandStart);
            if (between is not null)
            {
                return between;
            }

            var cueStart = Tokens[cue.First].Start;
            return _mentions.LastOrDefault(m => m.Mention.Type == EntityType.Person && m.Mention.End <= cueStart && cueStart - m.Mention.End <= 3);
        }

        return _mentions.LastOrDefault(m => m.Mention.Type == EntityType.Person && m.Mention.End <= demandStart && demandStart - m.Mention.End <= 3);
    }

    /// <summary>
    /// Who makes a free-form demand whose cue is token <paramref name="cue"/>: people named before it in the same
    /// quote (a quoted "Senator Roe proposed ...") or, outside quotes, people before it who are not credited sources
    /// nor inside a relative clause (", who ... some to seek"); else the quote's named speaker; else the sentence's
    /// organization subject; else the people a subject pronoun right before the cue stands for.
    /// </summary>
    public List<ClaimArgument> DemandAgents(int cue, bool quoted, string? speaker)
    {
        var cueStart = Tokens[cue].Start;
        var result = new List<ClaimArgument>();
        var quote = quoted ? View.QuoteAt(cueStart) : null;
        foreach (var p in _mentions)
        {
            if (p.Mention.Type != EntityType.Person || p.Mention.End > cueStart || IsCredited(p))
            {
                continue;
            }

            var pQuote = View.QuoteAt(p.Mention.Start);
            if (quoted ? pQuote is null || pQuote.Start != quote!.Start : pQuote is not null)
            {
                continue;
            }

            var gap = Doc.Text.AsSpan(p.Mention.End, cueStart - p.Mention.End);
            if (InRelativeClause(gap) || ReportsSomeoneElse(gap) || Complement(p.Mention.Start))
            {
                continue;
            }

            result.Add(new ClaimArgument("agent", p.Mention.Text, p.Mention.Start, p.Mention.End, p.EntityId));
        }

        if (result.Count > 0)
        {
            return result;
        }

        if (quoted)
        {
            if (speaker is not null && !DocumentView.IsAnonymous(speaker))
            {
                // The speaker is named elsewhere: the argument points at the cue, with the cue's own text.
                result.Add(new ClaimArgument("agent", Tokens[cue].Text, cueStart, Tokens[cue].End, speaker));
            }

            return result;
        }

        if (!_mentions.Any(m => m.Mention.Type == EntityType.Person && m.Mention.End <= cueStart && View.QuoteAt(m.Mention.Start) is null)
            && OrganizationSubject(cueStart) is { } org)
        {
            result.Add(new ClaimArgument("agent", org.Mention.Text, org.Mention.Start, org.Mention.End, org.EntityId));
            return result;
        }

        // "they introduced a bill": the pronoun right before the cue (adverbs and auxiliaries between) stands for
        // the people of the nearest earlier sentence that names any (all of them for "they", the first for he/she).
        var k = cue - 1;
        while (k >= 0 && Tokens[k].Folded is "also" or "have" or "has" or "had" or "then" or "later" or "is" or "are" or "was" or "were" or "been")
        {
            k--;
        }

        if (k < 0 || Tokens[k].Folded is not ("they" or "he" or "she"))
        {
            return result;
        }

        for (var back = Sentence.Index - 1; back >= 0 && back >= Sentence.Index - 2; back--)
        {
            var previous = Doc.Sentences[back];
            var people = View.MentionsIn(previous.Start, previous.End)
                .Where(m => m.Mention.Type == EntityType.Person && View.QuoteAt(m.Mention.Start) is null)
                .DistinctBy(m => m.EntityId)
                .ToList();
            if (people.Count == 0)
            {
                continue;
            }

            if (Tokens[k].Folded == "they" && people.Count < 2)
            {
                return result;
            }

            foreach (var p in Tokens[k].Folded == "they" ? people : people.Take(1))
            {
                result.Add(new ClaimArgument("agent", Tokens[k].Text, Tokens[k].Start, Tokens[k].End, p.EntityId));
            }

            return result;
        }

        return result;
    }

    /// <summary>", who has made trips ..., some to seek": the cue stands in a relative clause on the person, not closed by a main verb.</summary>
    private static bool InRelativeClause(ReadOnlySpan<char> gap)
    {
        var who = gap.IndexOf(", who ", StringComparison.Ordinal);
        if (who < 0)
        {
            who = gap.IndexOf(", which ", StringComparison.Ordinal);
        }

        if (who < 0)
        {
            return false;
        }

        var rest = gap[who..];
        return !(rest.Contains(", said ", StringComparison.Ordinal) || rest.Contains(", says ", StringComparison.Ordinal) || rest.Contains(", told ", StringComparison.Ordinal));
    }

    /// <summary>"a representative of the South Korean firms": a name after "of" is a complement, not the subject.</summary>
    private bool Complement(int start)
    {
        var before = Doc.Text.AsSpan(Math.Max(Sentence.Start, start - 8), start - Math.Max(Sentence.Start, start - 8));
        return before.EndsWith(" of ", StringComparison.Ordinal) || before.EndsWith(" of the ", StringComparison.Ordinal);
    }

    /// <summary>"X said the union urged": a speech verb between the person and the cue whose clause has another subject ("said he wants" keeps X).</summary>
    private static bool ReportsSomeoneElse(ReadOnlySpan<char> gap)
    {
        foreach (var verb in (ReadOnlySpan<string>)[" said ", " told ", " says "])
        {
            var i = gap.LastIndexOf(verb, StringComparison.Ordinal);
            if (i >= 0)
            {
                var rest = gap[(i + verb.Length)..].TrimStart();
                if (rest.StartsWith("that ", StringComparison.Ordinal))
                {
                    rest = rest[5..];
                }

                return !(rest.StartsWith("he ", StringComparison.Ordinal) || rest.StartsWith("she ", StringComparison.Ordinal) || rest.StartsWith("they ", StringComparison.Ordinal));
            }
        }

        return false;
    }

    /// <summary>Whether a demand is conditional: an "if"/"unless" clause after it, or a sentence opening with one.</summary>
    public bool Conditional(int i)
    {
        for (var k = i + 1; k < Tokens.Count && k <= i + 8; k++)
        {
            if (Tokens[k].Folded is "if" or "unless")
            {
                return true;
            }
        }

        for (var k = 0; k < i; k++)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation && Tokens[k].Folded is "\"" or "'")
            {
                continue;
            }

            return Tokens[k].Folded is "if" or "unless";
        }

        return false;
    }

    /// <summary>Whether the match is one word ending in "-ed" ("retired", "fired"): a verb or a participle, never a noun.</summary>
    public bool IsParticiple(PhraseMatch m) => m.First == m.Last && Tokens[m.First].Folded.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>The person who left: the object of an active "fired X", else the nearest person before the trigger.</summary>
    public ResolvedMention? DepartedPerson(PhraseMatch m)
    {
        var start = Tokens[m.First].Start;
        var end = Tokens[m.Last].End;
        var passive = m.First > 0 && Tokens[m.First - 1].Folded is "was" or "were" or "been" or "being" or "got" or "is";
        if (!passive)
        {
            var after = _mentions.FirstOrDefault(p => p.Mention.Type == EntityType.Person && p.Mention.Start >= end && p.Mention.Start - end <= 6);
            // A one-word participle of a class other than leaving by choice ("fired", "ousted") is transitive.
            if (IsParticiple(m) && m.Value != "voluntary")
            {
                // Active and transitive: the one who leaves is the object; without a person there ("fired its engines") nobody left.
                return after;
            }

            if (Tokens[m.Last].Folded is "ouster" or "dismissal" or "firing" or "resignation" or "ousting" && after is not null && Doc.Text[end..after.Mention.Start].Trim() == "of")
            {
                return after;
            }
        }

        return _mentions.LastOrDefault(p => p.Mention.Type == EntityType.Person && p.Mention.End <= start);
    }

    /// <summary>Numbers with units, bounds and scopes, excluding years, dates and counts of contact.</summary>
    public List<QuantityInfo> Quantities()
    {
        var result = new List<QuantityInfo>();
        for (var i = 0; i < Tokens.Count; i++)
        {
            // Most tokens are neither digits, hyphenated, number words nor unanimity words: then neither a split nor a number starts there.
            if (CannotStartNumber(Tokens[i], Lexicon.NumberOrVoteWords))
            {
                continue;
            }

            // A vote's split ("a 2-1 decision", "the decision was 2-1", "a unanimous ruling"): the number of dissenters.
            if (VoteSplit(i) is { } split)
            {
                result.Add(split.Info);
                i = split.Last;
                continue;
            }

            if (!NumberAt(i, out var value, out var end))
            {
                continue;
            }

            var tok = Tokens[i];
            // "a five-year contract", "the 23-year-old": the time stage may read a duration there, but the compound is a figure.
            if ((InTimeExpression(tok.Start) && !HyphenCompound(i, end)) || (tok.Kind == TokenKind.Number && value is >= 1800 and <= 2100 && !tok.Text.Contains(',', StringComparison.Ordinal))
                || (i > 0 && Lexicon.Months.ContainsKey(Tokens[i - 1].Folded.TrimEnd('.'))) || (i > 0 && Tokens[i - 1].Folded is "-" or "("))
            {
                i = end;
                continue;
            }

            // Money ("$4.2 million", "£45 million"), ages ("Name, 58,", "the 23-year-old") and compounds
            // ("a five-year contract") have their unit outside the "number noun" pattern.
            if (SpecialQuantity(i, end, value) is { } special)
            {
                result.Add(special);
                i = end;
                continue;
            }

            string? scope = null;
            var unitIndex = end + 1;
            if (unitIndex + 1 < Tokens.Count && Tokens[unitIndex].Folded == "of" && NumberAt(unitIndex + 1 + (Tokens[unitIndex + 1].Folded is "the" or "its" or "their" or "his" or "her" ? 1 : 0), out var total, out var totalEnd))
            {
                scope = ClaimText.Format(total);
                unitIndex = totalEnd + 1;
            }
            else if (unitIndex + 1 < Tokens.Count && Tokens[unitIndex].Folded == "of" && Tokens[unitIndex + 1].Folded == "the")
            {
                scope = "of";
                unitIndex += 2;
            }

            var upper = (double?)null;
            if (unitIndex + 1 < Tokens.Count && Tokens[unitIndex].Folded is "to" or "and" or "-" && NumberAt(unitIndex + 1, out var hi, out var hiEnd) && hi > value)
            {
                upper = hi;
                unitIndex = hiEnd + 1;
            }

            if (unitIndex >= Tokens.Count || Tokens[unitIndex].Kind != TokenKind.Word || MatchAt(Lexicon.Contact, unitIndex) is not null)
            {
                i = end;
                continue;
            }

            var unit = ClaimText.Bare(Tokens[unitIndex].Folded);
            if (Lexicon.Stopwords.Contains(unit) && unit is not ("people" or "others"))
            {
                i = end;
                continue;
            }

            var number = upper is { } u ? ClaimText.Format(value) + "-" + ClaimText.Format(u) : ClaimText.Format(value);
            var arg = new ClaimArgument("quantity", Doc.Text[tok.Start..Tokens[unitIndex].End], tok.Start, Tokens[unitIndex].End, null, number);
            result.Add(new QuantityInfo(arg, Singular(unit), BoundBefore(i) ?? (upper is null ? null : "range"), scope));
            i = unitIndex;
        }

        return result;
    }

    private (QuantityInfo Info, int Last)? VoteSplit(int i)
    {
        var tok = Tokens[i];
        string? dissent = null;
        var last = i;
        if (Lexicon.UnanimousWords.Contains(tok.Folded))
        {
            dissent = "0";
        }
        else if (tok.Kind == TokenKind.Number && i + 2 < Tokens.Count && Tokens[i + 1].Folded == "-" && Tokens[i + 2].Kind == TokenKind.Number
            && Tokens[i + 1].Start == tok.End && Tokens[i + 2].Start == Tokens[i + 1].End
            && ClaimText.ParseNumber(tok.Text) is { } majority && ClaimText.ParseNumber(Tokens[i + 2].Text) is { } minority
            && minority < majority && majority < 1000 && (i + 3 >= Tokens.Count || Tokens[i + 3].Folded != "-"))
        {
            dissent = ClaimText.Format(minority);
            last = i + 2;
        }

        if (dissent is null || !NearVoteWord(i, last))
        {
            return null;
        }

        var arg = new ClaimArgument("quantity", Doc.Text[tok.Start..Tokens[last].End], tok.Start, Tokens[last].End, null, dissent);
        return (new QuantityInfo(arg, "dissent", null, null), last);
    }

    /// <summary>A vote noun within three words of the split, or "voted unanimously".</summary>
    private bool NearVoteWord(int first, int last)
    {
        for (var k = Math.Max(0, first - 3); k <= Math.Min(Tokens.Count - 1, last + 3); k++)
        {
            if ((k < first || k > last) && (Lexicon.VoteWords.Contains(Tokens[k].Folded) || Tokens[k].Folded is "voted" or "votes"))
            {
                return true;
            }
        }

        return false;
    }

    private bool HyphenCompound(int i, int end)
    {
        var tok = Tokens[i];
        if (tok.Kind == TokenKind.Number)
        {
            return end + 2 < Tokens.Count && Tokens[end + 1].Folded == "-" && Tokens[end + 2].Kind == TokenKind.Word && Tokens[end + 2].Start == Tokens[end + 1].End
                && Tokens[end + 1].Start == Tokens[end].End;
        }

        return tok.Folded.IndexOf('-', StringComparison.Ordinal) is var dash and > 0 && Lexicon.NumberWords.ContainsKey(tok.Folded[..dash])
            && !Lexicon.NumberWords.ContainsKey(tok.Folded[(dash + 1)..]);
    }

    private QuantityInfo? SpecialQuantity(int i, int end, double value)
    {
        var tok = Tokens[i];
        var number = ClaimText.Format(value);
        if (i > 0 && Lexicon.Currencies.TryGetValue(Tokens[i - 1].Text, out var currency))
        {
            var arg = new ClaimArgument("quantity", Doc.Text[Tokens[i - 1].Start..Tokens[end].End], Tokens[i - 1].Start, Tokens[end].End, null, number);
            return new QuantityInfo(arg, currency, BoundBefore(i - 1), null);
        }

        // "23-year-old", "five-year": the noun after the hyphen is the unit.
        string? compound = null;
        var last = end;
        if (tok.Kind == TokenKind.Number && end + 2 < Tokens.Count && Tokens[end + 1].Folded == "-" && Tokens[end + 2].Kind == TokenKind.Word && Tokens[end + 2].Start == Tokens[end + 1].End)
        {
            compound = Tokens[end + 2].Folded;
            last = end + 2;
        }
        else if (tok.Kind == TokenKind.Word && tok.Folded.IndexOf('-', StringComparison.Ordinal) is var dash and > 0
            && Lexicon.NumberWords.ContainsKey(tok.Folded[..dash]) && !Lexicon.NumberWords.ContainsKey(tok.Folded[(dash + 1)..]))
        {
            compound = tok.Folded[(dash + 1)..];
        }

        if (compound is not null)
        {
            var unit = Lexicon.UnitAliases.TryGetValue(compound, out var alias) ? alias : Singular(compound);
            var arg = new ClaimArgument("quantity", Doc.Text[tok.Start..Tokens[last].End], tok.Start, Tokens[last].End, null, number);
            return new QuantityInfo(arg, unit, BoundBefore(i), null);
        }

        // An age in apposition: "Name, 58, said" / "who is 58".
        var appositive = i >= 2 && Tokens[i - 1].Folded == "," && Tokens[i - 2].Kind == TokenKind.Word && char.IsUpper(Tokens[i - 2].Text[0]);
        var whoIs = i >= 2 && Tokens[i - 1].Folded is "is" or "was" && Tokens[i - 2].Folded == "who";
        if (tok.Kind == TokenKind.Number && value is >= 1 and < 120 && value == Math.Floor(value) && (appositive || whoIs)
            && end + 1 < Tokens.Count && Tokens[end + 1].Folded is "," or "." or ";")
        {
            var arg = new ClaimArgument("quantity", tok.Text, tok.Start, tok.End, null, number);
            return new QuantityInfo(arg, "age", null, null);
        }

        return null;
    }

    /// <summary>The role or title of a person mention: the entity stage's, else "spokeswoman X" / "X, a spokeswoman for Y".</summary>
    public ClaimArgument? RoleOf(ResolvedMention p)
    {
        if (p.Mention.Role is { } r)
        {
            // "battalion chief", "technical director": lower-case qualifiers right before the title are part of it.
            var at = Tokens.FindIndex(t => t.Start == r.Start);
            var first = at;
            // Only for lower-case titles: a capitalized title ("President") is whole, and the word before it is prose.
            while (at > 0 && char.IsLower(r.Text[0]) && first > 0 && at - first < 2 && Tokens[first - 1] is { Kind: TokenKind.Word } w && char.IsLower(w.Text[0]) && w.Folded.Length > 2
                && !w.Folded.EndsWith("ly", StringComparison.Ordinal) && !w.Folded.EndsWith("ing", StringComparison.Ordinal) && !w.Folded.EndsWith("ed", StringComparison.Ordinal)
                && !Lexicon.Stopwords.Contains(w.Folded) && !Lexicon.SpeechVerbs.Contains(w.Folded) && !Lexicon.NumberWords.ContainsKey(w.Folded)
                && MatchAt(Lexicon.RoleNouns, first - 1) is null)
            {
                first--;
            }

            // "president and CEO": a compound title joins a second role noun with "and".
            while (first >= 2 && Tokens[first - 1].Folded == "and" && MatchAt(Lexicon.RoleNouns, first - 2) is { } other && other.Last == first - 2)
            {
                first -= 2;
            }

            // "Fire Chief", "Deputy Director": a listed qualifier before a capitalized title.
            while (first > 0 && at - first < 3 && Tokens[first - 1] is { Kind: TokenKind.Word } q && char.IsUpper(q.Text[0]) && Lexicon.TitleQualifiers.Contains(q.Folded))
            {
                first--;
            }

            if (first >= 0 && first < at)
            {
                var text = Doc.Text[Tokens[first].Start..r.End];
                return new ClaimArgument("role", text, Tokens[first].Start, r.End, null, NormalizeRole(text, Lexicon));
            }

            return new ClaimArgument("role", r.Text, r.Start, r.End, null, NormalizeRole(r.Text, Lexicon));
        }

        var idx = Tokens.FindIndex(t => t.Start >= p.Mention.Start);
        var endIdx = Tokens.FindLastIndex(t => t.End <= p.Mention.End);
        if (idx < 0 || endIdx < 0)
        {
            return null;
        }

        // Appositive after the name: "X, a spokeswoman for the agency,".
        if (endIdx + 2 < Tokens.Count && Tokens[endIdx + 1].Folded == "," && (Tokens[endIdx + 2].Folded is "a" or "an" or "the" or "then" or "former" || PossessiveTitleAt(endIdx + 2)))
        {
            var first = endIdx + 2;
            var last = first;
            var hasRole = false;
            while (last < Tokens.Count && last < first + 10 && Tokens[last].Folded is not ("," or "." or ";" or ":" or "\"" or "(" or ")" or "and" or "who" or "which"))
            {
                hasRole |= MatchAt(Lexicon.RoleNouns, last) is not null;
                last++;
            }

            if (hasRole)
            {
                return RoleArg(first, last - 1);
            }
        }

        // Title before the name: "agency spokeswoman X", "Y's spokeswoman X", "a spokeswoman for Y, X".
        // Only capitalized words, role nouns and possessive marks belong to it; any other word ends it.
        var k = idx - 1;
        var comma = k >= 0 && Tokens[k].Folded == ",";
        if (comma)
        {
            k--;
        }

        var lastRole = k;
        var firstRole = k;
        var seenRole = false;
        while (firstRole >= 0 && lastRole - firstRole < 8)
        {
            var t = Tokens[firstRole];
            var role = MatchAt(Lexicon.RoleNouns, firstRole) is not null;
            var possessive = t.Kind == TokenKind.Punctuation && t.Folded == "'" && firstRole > 0 && Tokens[firstRole - 1].Kind == TokenKind.Word;
            var capital = t.Kind == TokenKind.Word && char.IsUpper(t.Text[0]) && !Lexicon.Stopwords.Contains(t.Folded);
            var joiner = comma && t.Folded is "for" or "of" or "to";
            if (!(role || possessive || capital || joiner))
            {
                break;
            }

            seenRole |= role;
            firstRole--;
        }

        firstRole++;
        while (firstRole <= lastRole && Tokens[firstRole].Folded is "for" or "of" or "to" or "'")
        {
            firstRole++;
        }

        // "A spokeswoman for the agency, X, said": the name must close the appositive with a comma.
        var closed = !comma || (endIdx + 1 < Tokens.Count && Tokens[endIdx + 1].Folded == ",");
        if (seenRole && closed && firstRole <= lastRole && Tokens[lastRole].Kind == TokenKind.Word && !Lexicon.Stopwords.Contains(Tokens[lastRole].Folded))
        {
            return RoleArg(firstRole, lastRole);
        }

        return null;
    }

    /// <summary>"X, Acme Rail's chief executive,": a capitalized owner with a possessive, then a role noun, before the next comma.</summary>
    private bool PossessiveTitleAt(int first)
    {
        if (Tokens[first].Kind != TokenKind.Word || !char.IsUpper(Tokens[first].Text[0]))
        {
            return false;
        }

        for (var k = first; k < Tokens.Count && k < first + 5 && Tokens[k].Folded is not ("," or "." or ";"); k++)
        {
            if (Tokens[k].Folded.EndsWith("'s", StringComparison.Ordinal) || (Tokens[k].Folded == "'" && k > first))
            {
                return k + 1 < Tokens.Count && MatchAt(Lexicon.RoleNouns, k + 1) is not null
                    || k + 2 < Tokens.Count && MatchAt(Lexicon.RoleNouns, k + 2) is not null;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="ClaimText.ContentString"/> of the sentence text, from the tokens already made when the sentence
    /// text is the document slice they were read from (it always is for the splitter's sentences).
    /// </summary>
    public string ContentString()
    {
        if (Sentence.Start < 0 || Sentence.End > Doc.Text.Length || Sentence.Start > Sentence.End
            || !Doc.Text.AsSpan(Sentence.Start, Sentence.End - Sentence.Start).SequenceEqual(Sentence.Text))
        {
            return ClaimText.ContentString(Sentence.Text, Lexicon);
        }

        var stop = Lexicon.Stopwords;
        var words = new List<string>();
        foreach (var t in Tokens)
        {
            if (t.Kind != TokenKind.Punctuation && ClaimText.Bare(t.Folded).TrimEnd('.') is { Length: > 1 } w && !stop.Contains(w))
            {
                words.Add(w);
            }
        }

        return string.Join(' ', words);
    }

    public static string NormalizeRole(string text, Lexicon lexicon)
    {
        // Roles repeat within and across documents ("spokeswoman", "the president"): each thread remembers its recent ones
        // (read with one lexicon: another lexicon starts afresh).
        if (!ReferenceEquals(t_rolesLexicon, lexicon))
        {
            t_roles = null;
            t_rolesLexicon = lexicon;
        }

        var cache = t_roles ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (cache.TryGetValue(text, out var known))
        {
            return known;
        }

        var words = ClaimText.Words(text, lexicon);
        words.RemoveAll(w => w is "a" or "an" or "the");
        var normalized = string.Join(' ', words);
        if (cache.Count >= 4096)
        {
            cache.Clear();
        }

        cache[text] = normalized;
        return normalized;
    }

    [ThreadStatic]
    private static Dictionary<string, string>? t_roles;

    [ThreadStatic]
    private static Lexicon? t_rolesLexicon;

    /// <summary>Whether a number (digits or words, with a multiplier) starts at token <paramref name="i"/>: its value and last token.</summary>
    internal bool NumberAt(int i, out double value, out int end)
    {
        value = 0;
        end = i;
        if (i < 0 || i >= Tokens.Count)
        {
            return false;
        }

        var t = Tokens[i];
        if (t.Kind == TokenKind.Number && ClaimText.ParseNumber(t.Text) is { } n)
        {
            value = n;
        }
        else if (t.Kind == TokenKind.Word && Lexicon.NumberWords.TryGetValue(t.Folded, out var w))
        {
            value = double.Parse(w, CultureInfo.InvariantCulture);

            // "twenty-five" is one token; "twenty five" two.
            if (i + 1 < Tokens.Count && value >= 20 && value < 100 && Lexicon.NumberWords.TryGetValue(Tokens[i + 1].Folded, out var unitWord)
                && double.Parse(unitWord, CultureInfo.InvariantCulture) < 10)
            {
                value += double.Parse(unitWord, CultureInfo.InvariantCulture);
                end = i + 1;
            }
        }
        else if (t.Kind == TokenKind.Word && t.Folded.Contains('-', StringComparison.Ordinal)
            && t.Folded.Split('-') is [var tens, var ones]
            && Lexicon.NumberWords.TryGetValue(tens, out var tv) && Lexicon.NumberWords.TryGetValue(ones, out var ov))
        {
            value = double.Parse(tv, CultureInfo.InvariantCulture) + double.Parse(ov, CultureInfo.InvariantCulture);
        }
        else if (t.Kind == TokenKind.Word && t.Folded.IndexOf('-', StringComparison.Ordinal) is var dash and > 0
            && Lexicon.NumberWords.TryGetValue(t.Folded[..dash], out var lead) && !Lexicon.NumberWords.ContainsKey(t.Folded[(dash + 1)..]))
        {
            // "five-year": the number of a hyphen compound (its unit is read by the compound rule).
            value = double.Parse(lead, CultureInfo.InvariantCulture);
            return true;
        }
        else
        {
            return false;
        }

        if (end + 1 < Tokens.Count && Lexicon.Multipliers.TryGetValue(Tokens[end + 1].Folded, out var mult))
        {
            value *= double.Parse(mult, CultureInfo.InvariantCulture);
            end++;
        }

        return true;
    }

    private static string Singular(string unit) =>
        unit.EndsWith("ies", StringComparison.Ordinal) ? unit[..^3] + "y"
        : unit.EndsWith("ss", StringComparison.Ordinal) ? unit
        : unit.EndsWith('s') && unit.Length > 3 ? unit[..^1]
        : unit;

    private ClaimArgument RoleArg(int first, int last)
    {
        while (first < last && Tokens[first].Folded is "a" or "an" or "the")
        {
            first++;
        }

        var shifted = first > 0 && Lexicon.TimeShifters.Contains(Tokens[first - 1].Folded) || Lexicon.TimeShifters.Contains(Tokens[first].Folded);
        var arg = Arg("role", first, last, null);
        return arg with { Value = (shifted ? "then:" : string.Empty) + NormalizeRole(arg.Text, Lexicon) };
    }

    private string? BoundBefore(int i)
    {
        for (var k = Math.Max(0, i - 3); k < i; k++)
        {
            if (MatchAt(Lexicon.Bounds, k) is { } m && m.Last == i - 1)
            {
                return m.Value;
            }
        }

        return null;
    }

    private bool InTimeExpression(int offset) => View.InTimeExpression(offset);

    /// <summary>
    /// Whether a time at <paramref name="offset"/> belongs to a nearer happening ("before the vote on Tuesday")
    /// than the claim's trigger; when that happening is the trigger itself ("the vote on Thursday"), it is its own.
    /// </summary>
    private bool Blocked(int offset, int trigger)
    {
        var idx = Tokens.FindIndex(t => t.Start >= offset);
        if (idx < 0)
        {
            return false;
        }

        for (var k = Math.Max(0, idx - 3); k < idx; k++)
        {
            var f = Tokens[k].Folded;
            if (k == trigger)
            {
                continue;
            }

            if (Lexicon.TimeBlockers.Contains(f) || Lexicon.SpeechVerbs.Contains(f) || MatchAt(Lexicon.CreditVerbs, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private string? FindCredit()
    {
        foreach (var m in Match(Lexicon.CreditCues))
        {
            if (InQuote(m.First))
            {
                continue;
            }

            var first = m.Last + 1;
            var last = first;
            while (last < Tokens.Count && last < first + 7 && Tokens[last].Folded is not ("," or "." or ";" or ":" or "(" or "that" or "which" or "who"))
            {
                last++;
            }

            if (last > first)
            {
                var start = Tokens[first].Start;
                var end = Tokens[last - 1].End;
                _creditSpans.Add((start, end));
                return CleanSource(Doc.Text[start..end]);
            }
        }

        foreach (var m in Match(Lexicon.CreditVerbs))
        {
            if (InQuote(m.First))
            {
                continue;
            }

            var last = m.First - 1;
            while (last >= 0 && Tokens[last].Kind == TokenKind.Punctuation && Tokens[last].Folded is "\"" or "'")
            {
                last--;
            }

            var first = last;
            while (first >= 0 && Tokens[first].Kind == TokenKind.Word && (char.IsUpper(Tokens[first].Text[0]) || Tokens[first].Folded is "of" or "the"))
            {
                first--;
            }

            first++;
            while (first <= last && Tokens[first].Folded is "the" or "of")
            {
                first++;
            }

            if (first <= last && char.IsUpper(Tokens[first].Text[0]))
            {
                var start = Tokens[first].Start;
                var end = Tokens[last].End;
                _creditSpans.Add((start, end));
                return CleanSource(Doc.Text[start..end]);
            }
        }

        return null;
    }

    private static string CleanSource(string text)
    {
        var t = text.Trim().Trim('"', '\u201C', '\u201D', '\'');
        if (t.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            t = t[4..];
        }

        if (t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            t = t[..^2];
        }

        return t.Trim().Trim('"', '\u201C', '\u201D');
    }
}
