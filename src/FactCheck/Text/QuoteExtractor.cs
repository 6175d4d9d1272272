using System.Collections.Frozen;
using FactCheck.Entities;
using FactCheck.Languages;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace FactCheck.Text;

/// <summary>
/// Default <see cref="IQuoteExtractor"/>: finds double-quoted passages and the person (or organization,
/// or anonymous role) they are credited to.
/// </summary>
/// <remarks>
/// <para><b>Quotes.</b> Straight and curly double quotes, in any mix. Single quotes are never quote marks
/// here (they are apostrophes or quotes inside quotes), so they cannot break a double-quoted passage.
/// A quote still open at the end of its paragraph ends there: when the next paragraph opens with a
/// quote mark this is the newspaper convention for a quote running over paragraphs, and the parts share
/// their speaker; otherwise the mark was stray, and an unclosed passage longer than
/// <see cref="MaxUnclosedLength"/> characters is discarded rather than allowed to swallow the paragraph.</para>
/// <para><b>Speakers.</b> In order: a cue right after the quote (<c>," X said</c>, <c>," said X</c>, <c>," X told AP</c>,
/// <c>," X, a spokeswoman for Y, said</c>); a cue before it in the same sentence (<c>X said: "</c>,
/// <c>X said that ... "partial"</c>, <c>X: "</c>); a cue later in the sentence (<c>" ... , X said.</c>);
/// <c>according to X</c>; otherwise the speaker of the previous quote of the paragraph (or of the quote it
/// continues). Speech verbs are data (<c>Text/Data/speech-verbs.txt</c>). A pronoun or a definite role
/// ("he", "the spokeswoman") is resolved to the nearest fitting name: the subject before the quote in the
/// same sentence, else, sentence by sentence backwards, the speaker of an attributed quote or the first
/// name used as a subject. An indefinite or plural role ("a city hall official") stays anonymous
/// (<see cref="SpeakerMention.ResolvedName"/> null). Person mentions come from the entity stage when it has
/// run (<see cref="AnalyzedDocument.Mentions"/>), otherwise from a built-in finder of capitalised name spans.</para>
/// </remarks>
public sealed partial class QuoteExtractor : IQuoteExtractor
{
    /// <summary>An unclosed quote longer than this (in characters) is treated as a stray mark and ignored.</summary>
    public const int MaxUnclosedLength = 2000;

    private const int ImmediateCueWords = 10;
    private const int MaxTitleWordsAfterVerb = 4;
    private const int MaxCueSentenceWords = 14;
    private const int ResolveSentencesBack = 6;
    private const int MinChainQuoteWords = 4;

    private const int MaxPostModifierWords = 6;


    private readonly ILogger _logger;
    private readonly QuoteLexicon _lx;

    /// <summary>Creates the stage reading its speech verbs, titles and role words from the language pack (English by default).</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    /// <param name="language">The word lists to read; default <see cref="LanguagePack.English"/>.</param>
    public QuoteExtractor(ILogger<QuoteExtractor>? logger = null, LanguagePack? language = null)
    {
        language ??= LanguagePack.English;
        _lx = QuoteLexicon.For(language);
        _logger = logger ?? NullLogger<QuoteExtractor>.Instance;
    }

    /// <inheritdoc />
    public IReadOnlyList<Quotation> Extract(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var paragraphs = Paragraphs(document);
        var sentences = document.Sentences.Count > 0 ? SentenceSpans(document.Sentences) : SplitAll(text, paragraphs, _lx.Abbreviations);

        var raw = new List<RawQuote>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            ScanParagraph(text, paragraphs, p, raw);
        }

        var mentions = OrderedMentions(document.Mentions);
        var candidates = new List<SpeakerCandidate>();
        var scratch = SpeakerCandidates.Scratch.ForCurrentThread();
        foreach (var para in paragraphs)
        {
            _lx.Speakers.Find(text, para.Start, para.End, mentions, candidates, scratch);
        }

        scratch.Release();

        // Names inside quotation marks are quoted words, not speakers.
        RemoveInsideQuotes(candidates, raw);

        var ctx = new Context(text, paragraphs, sentences, raw, candidates, _lx);
        var speakers = new Attribution?[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            speakers[i] = Attribute(ctx, i, speakers);
            // A scare quote ("a "victory"") anchors no pronoun chain: only statements of a few words do.
            if (speakers[i] is { } a && a.Name is { } name && WordCount(text, raw[i].Start, raw[i].End) >= MinChainQuoteWords)
            {
                ctx.Resolved.Add(new ResolvedQuote(raw[i].Start, name, Math.Max(raw[i].End, a.Speaker.End)));
            }
        }

        // Parts of a quote running over paragraphs share a speaker, whichever part carries the cue.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = raw.Count - 2; i >= 0; i--)
            {
                if (raw[i].ContinuesInNext && speakers[i] is null && speakers[i + 1] is not null)
                {
                    speakers[i] = speakers[i + 1];
                }
            }
        }

        var result = new List<Quotation>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var q = raw[i];
            var sentenceIndex = SentenceIndexOf(document, q.Start);
            result.Add(new Quotation(q.Start, q.End, text[q.Start..q.End], speakers[i]?.Speaker, speakers[i]?.Cue, sentenceIndex));
        }

        var attributed = 0;
        foreach (var r in result)
        {
            attributed += r.Speaker is null ? 0 : 1;
        }

        LogExtracted(_logger, document.Id, result.Count, attributed);
        return result;
    }

    private static List<TextSpan> SentenceSpans(IReadOnlyList<Sentence> sentences)
    {
        var list = new List<TextSpan>(sentences.Count);
        foreach (var s in sentences)
        {
            list.Add(new TextSpan(s.Start, s.End));
        }

        return list;
    }

    /// <summary>The mentions ordered by start, then end (a stable sort); the entity stage already gives them in that order.</summary>
    private static IReadOnlyList<EntityMention> OrderedMentions(IReadOnlyList<EntityMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var a = mentions[i - 1];
            var b = mentions[i];
            if (a.Start > b.Start || (a.Start == b.Start && a.End > b.End))
            {
                return mentions.OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
            }
        }

        return mentions;
    }

    private static void RemoveInsideQuotes(List<SpeakerCandidate> candidates, List<RawQuote> quotes)
    {
        // Both lists are ordered by offset: one merge pass, compacting the kept candidates in place.
        var kept = 0;
        var q = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            while (q < quotes.Count && quotes[q].End <= c.Start)
            {
                q++;
            }

            if (q < quotes.Count && c.Start >= quotes[q].Start && c.End <= quotes[q].End)
            {
                continue;
            }

            candidates[kept++] = c;
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private static int SentenceIndexOf(AnalyzedDocument document, int offset)
    {
        if (document.SentenceAt(offset) is { } s)
        {
            return s.Index;
        }

        // The opening mark may sit just before a sentence's first letter is counted; use the next sentence
        // (sentences are in start order, as SentenceAt assumes: binary search the first starting at offset - 1 or later).
        var sentences = document.Sentences;
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Start < offset - 1)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (lo < sentences.Count && sentences[lo].Start <= offset)
        {
            return sentences[lo].Index;
        }

        return document.SentenceAt(offset - 1)?.Index ?? -1;
    }

    private static List<TextSpan> Paragraphs(AnalyzedDocument document)
    {
        if (document.Regions.Count > 0)
        {
            return [.. document.Regions];
        }

        // No boilerplate verdicts: every non-blank line is a paragraph.
        var text = document.Text;
        var list = new List<TextSpan>();
        var pos = 0;
        while (pos < text.Length)
        {
            var (end, next) = Ingestion.HeaderParser.LineBounds(text, pos);
            if (!text.AsSpan(pos, end - pos).IsWhiteSpace())
            {
                list.Add(new TextSpan(pos, end));
            }

            if (next <= pos)
            {
                break;
            }

            pos = next;
        }

        return list;
    }

    private static List<TextSpan> SplitAll(string text, List<TextSpan> paragraphs, Abbreviations abbreviations)
    {
        var list = new List<TextSpan>();
        foreach (var p in paragraphs)
        {
            SentenceSplitter.SplitRegion(text, p.Start, p.End, list, abbreviations);
        }

        return list;
    }

    private static void ScanParagraph(string text, List<TextSpan> paragraphs, int p, List<RawQuote> output)
    {
        var para = paragraphs[p];
        var open = -1;
        for (var i = para.Start; i < para.End; i++)
        {
            var c = text[i];
            if (c is not ('"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB'))
            {
                continue;
            }

            var prevSpace = i == para.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013';
            var nextWord = i + 1 < para.End && !char.IsWhiteSpace(text[i + 1]);
            if (open < 0)
            {
                // Only an opening-looking mark opens: a stray closing mark is ignored.
                if (c is '\u201C' or '\u201E' or '\u00AB' || (c == '"' && nextWord) || (c == '\u201D' && prevSpace && nextWord))
                {
                    open = i;
                }

                continue;
            }

            var opensAgain = c is '\u201C' or '\u201E' or '\u00AB' || (c == '"' && prevSpace && nextWord && !IsClosingContext(text, i, para.End));
            if (opensAgain && c is not ('\u201C' or '\u201E' or '\u00AB') && !prevSpace)
            {
                opensAgain = false;
            }

            if (opensAgain)
            {
                // The previous quote never closed: keep it up to here only if it is short, then start again.
                AddUnclosed(text, open, i, continues: false, output);
                open = i;
                continue;
            }

            Add(text, open + 1, i, true, false, output);
            open = -1;
        }

        if (open >= 0)
        {
            var continues = p + 1 < paragraphs.Count && StartsWithQuote(text, paragraphs[p + 1]);
            AddUnclosed(text, open, para.End, continues, output);
        }
    }

    // A straight quote preceded by a space closes when what follows it is punctuation or a cue, e.g. `word "` is rare; keep simple.
    private static bool IsClosingContext(string text, int i, int end) =>
        i + 1 >= end || text[i + 1] is ',' or '.' or ';' or ':' or '?' or '!' or ')';

    private static bool StartsWithQuote(string text, TextSpan para)
    {
        var i = para.Start;
        while (i < para.End && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < para.End && text[i] is '"' or '\u201C' or '\u201E' or '\u00AB';
    }

    private static void AddUnclosed(string text, int open, int end, bool continues, List<RawQuote> output)
    {
        if (end - open - 1 <= MaxUnclosedLength)
        {
            Add(text, open + 1, end, false, continues, output);
        }
    }

    private static void Add(string text, int start, int end, bool closed, bool continues, List<RawQuote> output)
    {
        var s = start;
        var e = end;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        if (e > s)
        {
            output.Add(new RawQuote(s, e, start - 1, closed ? end : -1, continues));
        }
    }

    private static Attribution? Attribute(Context ctx, int index, Attribution?[] done)
    {
        var q = ctx.Quotes[index];
        var para = ctx.ParagraphOf(q.Start);
        var after = AfterWindow(ctx, index, para, out var nextSentence);
        var before = BeforeWindow(ctx, index, para);

        // A cue in the next sentence yields to one before the quote in its own ("X said that ... "words." The agency did not say ..."),
        // so the cue before is looked for first then (once).
        var beforeFirst = nextSentence && before.Length > 0;
        var beforeCue = beforeFirst ? FindBeforeCue(ctx, before) : null;

        // 1. A cue right after the quote, unless it introduces the next quote ("..." allegations, X said: "...").
        if (after.Length > 0 && beforeCue is null && FindVerbCue(ctx, after, immediateOnly: true) is { } a1)
        {
            return a1;
        }

        // 2. A cue before the quote in the same sentence.
        if (before.Length > 0 && (beforeFirst ? beforeCue : FindBeforeCue(ctx, before)) is { } b)
        {
            return b;
        }

        // 3. A cue later in the sentence, then "according to X".
        if (after.Length > 0 && (FindVerbCue(ctx, after, immediateOnly: false) ?? AccordingTo(ctx, after)) is { } a2)
        {
            return a2;
        }

        // 4. The speaker of the previous quote of the paragraph, or of the quote this one continues.
        if (index > 0)
        {
            var prev = ctx.Quotes[index - 1];
            var samePara = prev.Start >= para.Start;
            var continuation = prev.ContinuesInNext && ctx.ParagraphOf(prev.Start).End <= para.Start;
            if ((samePara || continuation) && done[index - 1] is { } inherited)
            {
                return inherited;
            }
        }

        return null;
    }

    /// <summary>After the closing mark to the end of its sentence, or to the next quote; or the next short sentence ("Roe wrote.").</summary>
    private static TextSpan AfterWindow(Context ctx, int index, TextSpan para, out bool nextSentence)
    {
        nextSentence = false;
        var q = ctx.Quotes[index];
        if (q.CloseMark < 0)
        {
            return default;
        }

        var from = q.CloseMark + 1;
        var limit = index + 1 < ctx.Quotes.Count && ctx.Quotes[index + 1].OpenMark < para.End ? ctx.Quotes[index + 1].OpenMark : para.End;
        var p = from;
        while (p < limit && char.IsWhiteSpace(ctx.Text[p]))
        {
            p++;
        }

        if (p >= limit)
        {
            return default;
        }

        var sentence = ctx.SentenceAt(p) ?? ctx.SentenceAt(from - 1);
        if (sentence is not { } s)
        {
            return new TextSpan(from, limit);
        }

        if (s.Start < from)
        {
            return new TextSpan(from, Math.Min(s.End, limit));
        }

        // The quote ended its sentence ("...?" Roe wrote.): a short following sentence can still be the cue,
        // unless it leads into the next quote (then it is that quote's cue).
        if (s.End > limit)
        {
            return default;
        }

        var end = s.End;
        nextSentence = true;
        return WordCount(ctx.Text, p, end) <= MaxCueSentenceWords ? new TextSpan(from, end) : default;
    }

    /// <summary>From the sentence start (or the previous quote's close) to the opening mark.</summary>
    private static TextSpan BeforeWindow(Context ctx, int index, TextSpan para)
    {
        var q = ctx.Quotes[index];
        var start = para.Start;
        if (ctx.SentenceAt(q.OpenMark) is { } s && s.Start > start)
        {
            start = s.Start;
        }

        if (index > 0)
        {
            var prev = ctx.Quotes[index - 1];
            var prevEnd = prev.CloseMark >= 0 ? prev.CloseMark + 1 : prev.End;
            if (prevEnd > start && prevEnd <= q.OpenMark)
            {
                start = prevEnd;
            }
        }

        return start < q.OpenMark ? new TextSpan(start, q.OpenMark) : default;
    }

    private static Attribution? FindVerbCue(Context ctx, TextSpan window, bool immediateOnly)
    {
        var verbs = Verbs(ctx.Text, window, ctx.Lexicon);
        for (var v = 0; v < verbs.Count; v++)
        {
            var verb = verbs[v];
            if (immediateOnly && WordCount(ctx.Text, window.Start, verb.Start) > ImmediateCueWords)
            {
                break;
            }

            if (IntroducesNext(ctx.Text, verb.End, window.End))
            {
                continue;
            }

            var inWindow = ctx.CandidatesIn(window);
            var subject = SubjectBefore(ctx.Lexicon, ctx.Text, inWindow, verb, window.Start, strict: true)
                ?? inWindow.FirstOrDefault(c => c.Start >= verb.End && WordCount(ctx.Text, verb.End, c.Start) <= 1 && c.Kind != CandidateKind.Pronoun)
                // ", said county elections director X": a lower-case title between the verb and the name.
                ?? inWindow.FirstOrDefault(c => c.Start >= verb.End && c.IsPersonLike && FewLowerWords(ctx.Text, verb.End, c.Start, MaxTitleWordsAfterVerb));
            if (subject is not null)
            {
                return Make(ctx, subject, CueText(ctx.Text, verb, window.End));
            }
        }

        return null;
    }

    private static Attribution? FindBeforeCue(Context ctx, TextSpan window)
    {
        var inWindow = ctx.CandidatesIn(window);
        var verbs = Verbs(ctx.Text, window, ctx.Lexicon);
        for (var v = verbs.Count - 1; v >= 0; v--)
        {
            if (SubjectBefore(ctx.Lexicon, ctx.Text, inWindow, verbs[v], window.Start, strict: true) is { } s)
            {
                return Make(ctx, s, CueText(ctx.Text, verbs[v], window.End));
            }
        }

        // "X: "..."" with no verb.
        var end = window.End;
        while (end > window.Start && char.IsWhiteSpace(ctx.Text[end - 1]))
        {
            end--;
        }

        if (end > window.Start && ctx.Text[end - 1] == ':')
        {
            // "X: "..."" or "X shot back: "..."" (a name, then at most three lower-case words, then the colon).
            var last = inWindow.LastOrDefault(c => c.End <= end - 1 && c.CanBeSubject && FewLowerWords(ctx.Text, c.End, end - 1, 3));
            if (last is not null)
            {
                return Make(ctx, last, ctx.Text.AsSpan(last.End, end - last.End).Trim().ToString());
            }
        }

        if (verbs.Count > 0 && SubjectBefore(ctx.Lexicon, ctx.Text, inWindow, verbs[^1], window.Start, strict: false) is { } loose)
        {
            return Make(ctx, loose, CueText(ctx.Text, verbs[^1], window.End));
        }

        return null;
    }

    private static bool FewLowerWords(string text, int from, int to, int max)
    {
        var words = 0;
        var i = from;
        while (i < to)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            if (!char.IsLower(text[i]))
            {
                return false;
            }

            while (i < to && char.IsLetter(text[i]))
            {
                i++;
            }

            words++;
        }

        return words <= max;
    }

    private static Attribution? AccordingTo(Context ctx, TextSpan window)
    {
        var i = ctx.Text.IndexOf("according to ", window.Start, window.Length, StringComparison.OrdinalIgnoreCase);
        if (i < 0)
        {
            return null;
        }

        var c = ctx.CandidatesIn(new TextSpan(i + 13, window.End)).FirstOrDefault(c => WordCount(ctx.Text, i + 13, c.Start) <= 1);
        return c is null ? null : Make(ctx, c, "according to");
    }

    /// <summary>
    /// The candidate that is the subject of <paramref name="verb"/>: the nearest one before it with only an
    /// appositive (", a spokeswoman for Y,"), a parenthesis ("(R-CA)"), a comma or adverbs ("also") between.
    /// Loose mode takes the nearest non-possessive candidate whatever lies between.
    /// </summary>
    private static SpeakerCandidate? SubjectBefore(QuoteLexicon lx, string text, List<SpeakerCandidate> inWindow, TextSpan verb, int windowStart, bool strict)
    {
        SpeakerCandidate? best = null;
        for (var k = inWindow.Count - 1; k >= 0; k--)
        {
            var c = inWindow[k];
            if (c.End > verb.Start || !c.CanBeSubject)
            {
                continue;
            }

            if (!strict)
            {
                if (InsideAppositive(text, c, verb.Start, windowStart))
                {
                    continue;
                }

                return c;
            }

            if (IsSubjectGap(lx, text, c.End, verb.Start) && !InsideAppositive(text, c, verb.Start, windowStart))
            {
                best = c;
                break;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether <paramref name="c"/> ends an appositive (", the top member of the Y Committee, said"): only a
    /// comma separates it from the verb and an earlier comma opens a phrase that starts in lower case.
    /// </summary>
    private static bool InsideAppositive(string text, SpeakerCandidate c, int verbStart, int windowStart)
    {
        if (text.AsSpan(c.End, verbStart - c.End).Trim() is not ",")
        {
            return false;
        }

        var open = c.Start > windowStart ? text.LastIndexOf(',', c.Start - 1, c.Start - windowStart) : -1;
        if (open < 0)
        {
            return false;
        }

        var phrase = text.AsSpan(open + 1, c.Start - open - 1).TrimStart();
        return phrase.Length > 0 && char.IsLower(phrase[0]);
    }

    private static bool IsSubjectGap(QuoteLexicon lx, string text, int from, int to)
    {
        var modified = false;
        var i = from;
        while (i < to)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch))
            {
                i++;
            }
            else if (ch == '.' && i == from && i > 0 && char.IsLetter(text[i - 1]))
            {
                // "the Traders Assn. said": the period of an abbreviation that ends the name.
                i++;
            }
            else if (ch == '(')
            {
                var close = text.IndexOf(')', i, to - i);
                if (close < 0)
                {
                    return false;
                }

                i = close + 1;
            }
            else if (ch == ',')
            {
                // An appositive runs to the next comma before the verb; a lone comma is allowed too.
                var next = text.IndexOf(',', i + 1, to - i - 1);
                i = next < 0 ? i + 1 : next + 1;
            }
            else if (char.IsLetter(ch))
            {
                var s = i;
                while (i < to && char.IsLetter(text[i]))
                {
                    i++;
                }

                var word = text.AsSpan(s, i - s);
                if (word is "of")
                {
                    // "Jane Roe of Vermont": an affiliation of capitalised words.
                    var j = i;
                    while (j < to && text[j] == ' ')
                    {
                        j++;
                    }

                    if (j >= to || !char.IsUpper(text[j]))
                    {
                        return false;
                    }

                    while (j < to && (char.IsLetter(text[j]) || (text[j] == ' ' && j + 1 < to && char.IsUpper(text[j + 1]))))
                    {
                        j++;
                    }

                    i = j;
                }
                else if (lx.PostModifierWords.Contains(word) && !modified)
                {
                    // "an official at the port authority said": one short phrase, no comma, up to the verb.
                    modified = true;
                    var words = 0;
                    while (i < to)
                    {
                        if (text[i] == ' ')
                        {
                            i++;
                        }
                        else if (char.IsLetter(text[i]) && ++words <= MaxPostModifierWords)
                        {
                            while (i < to && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019' or '-' or '.'))
                            {
                                i++;
                            }
                        }
                        else
                        {
                            return false;
                        }
                    }
                }
                else if (!lx.AdverbWords.Contains(word))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    // The verb ends with ':' or ',' right before the window's end: it introduces the next quote.
    private static bool IntroducesNext(string text, int verbEnd, int windowEnd)
    {
        var rest = text.AsSpan(verbEnd, windowEnd - verbEnd).Trim();
        return rest.Length == 1 && rest[0] == ':';
    }

    private static List<TextSpan> Verbs(string text, TextSpan window, QuoteLexicon lx)
    {
        var list = new List<TextSpan>();
        var i = window.Start;
        while (i < window.End)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < window.End && char.IsLetter(text[i]))
            {
                i++;
            }

            if (char.IsLower(text[s]) && lx.SpeechVerbWords.Contains(text.AsSpan(s, i - s)))
            {
                list.Add(new TextSpan(s, i));
            }
        }

        return list;
    }

    /// <summary>The verb and a short complement: "said in a statement", "told AP", "told reporters".</summary>
    private static string CueText(string text, TextSpan verb, int limit)
    {
        var v = text[verb.Start..verb.End];
        var rest = text.AsSpan(verb.End, limit - verb.End);
        const string statement = " in a statement";
        if (rest.StartsWith(statement, StringComparison.Ordinal))
        {
            return v + statement;
        }

        if (v is "told" or "tells" or "tell" or "telling")
        {
            // "told AP", "told reporters", "told the Daily Ledger" (up to four words, stopping at punctuation or "that").
            var end = verb.End;
            var i = verb.End;
            for (var words = 0; words < 4; words++)
            {
                var s = i;
                while (s < limit && text[s] == ' ')
                {
                    s++;
                }

                var e = s;
                while (e < limit && (char.IsLetterOrDigit(text[e]) || (text[e] is '\'' or '\u2019' or '.' or '-' && e + 1 < limit && char.IsLetter(text[e + 1]))))
                {
                    e++;
                }

                if (e == s || text.AsSpan(s, e - s) is "that" or "on" or "in" or "at" or "after" or "before" or "when" or "about")
                {
                    break;
                }

                end = e;
                i = e;
            }

            return text[verb.Start..end];
        }

        return v;
    }

    private static Attribution Make(Context ctx, SpeakerCandidate c, string cue)
    {
        string? resolved = null;
        if (c.Kind == CandidateKind.Pronoun || (c.Kind == CandidateKind.Role && !c.Anonymous))
        {
            resolved = Resolve(ctx, c);
        }

        var name = c.Kind switch
        {
            CandidateKind.Name or CandidateKind.Organization => c.NameOnly,
            _ => resolved,
        };
        return new Attribution(new SpeakerMention(c.Text, c.Start, c.End, resolved), cue, name);
    }

    /// <summary>
    /// The name a pronoun or definite role stands for: the first name before it in its sentence, else,
    /// sentence by sentence backwards, the speaker of an attributed quote or the sentence's first name.
    /// </summary>
    private static string? Resolve(Context ctx, SpeakerCandidate c)
    {
        var current = ctx.SentenceIndexAt(c.Start);
        if (c.Kind == CandidateKind.Role && FittingRole(ctx, c, current) is { } fitting)
        {
            return fitting;
        }

        if (current >= 0)
        {
            var s = ctx.Sentences[current];
            var first = ctx.CandidatesIn(new TextSpan(s.Start, c.Start)).FirstOrDefault(x => x.IsPersonLike && x.CanBeSubject);
            if (first is not null)
            {
                return first.NameOnly;
            }
        }

        var from = current >= 0 ? current - 1 : ctx.SentenceIndexBefore(c.Start);
        for (var k = from; k >= 0 && k > from - ResolveSentencesBack; k--)
        {
            var s = ctx.Sentences[k];
            var attributed = ctx.LastResolvedIn(s);
            if (attributed is not null)
            {
                // A person named after the sentence's last attributed quote is the newer topic ("... a wound" In
                // response, Ann Roe noted ...): the pronoun stands for that person, not the earlier speaker.
                var later = attributed.AttributionEnd < s.End
                    ? ctx.CandidatesIn(new TextSpan(attributed.AttributionEnd, s.End)).FirstOrDefault(x => x.Start >= attributed.AttributionEnd && x.IsPersonLike && x.CanBeSubject)
                    : null;
                return later?.NameOnly ?? attributed.Name;
            }

            var first = ctx.CandidatesIn(s).FirstOrDefault(x => x.IsPersonLike && x.CanBeSubject);
            if (first is not null)
            {
                return first.NameOnly;
            }
        }

        return null;
    }

    /// <summary>
    /// For "the spokeswoman said": the nearest earlier name introduced with that role word right next to it
    /// ("spokeswoman Ida Cruz", "Ida Cruz, a spokeswoman for ..."), searching back a few sentences.
    /// </summary>
    private static string? FittingRole(Context ctx, SpeakerCandidate role, int current)
    {
        var from = current >= 0 ? current : ctx.SentenceIndexBefore(role.Start);
        for (var k = from; k >= 0 && k > from - ResolveSentencesBack; k--)
        {
            var s = ctx.Sentences[k];
            var names = ctx.CandidatesIn(new TextSpan(s.Start, Math.Min(s.End, role.Start)));
            for (var n = names.Count - 1; n >= 0; n--)
            {
                var x = names[n];
                if (!x.IsPersonLike)
                {
                    continue;
                }

                var lo = Math.Max(s.Start, x.Start - 30);
                var hi = Math.Min(Math.Min(s.End, role.Start), x.End + 40);
                var near = ctx.Text.AsSpan(lo, x.Start - lo).ToString() + " " + ctx.Text.AsSpan(x.End, Math.Max(0, hi - x.End)).ToString();
                if (ContainsWord(near, role.NameOnly))
                {
                    return x.NameOnly;
                }
            }
        }

        return null;
    }

    // Case-sensitive on purpose: the lower-case common noun ("spokeswoman Ida Cruz"), not a capitalised title ("Senator Ida Cruz").
    private static bool ContainsWord(string haystack, string word)
    {
        var i = 0;
        while ((i = haystack.IndexOf(word, i, StringComparison.Ordinal)) >= 0)
        {
            var before = i == 0 || !char.IsLetter(haystack[i - 1]);
            var after = i + word.Length >= haystack.Length || !char.IsLetter(haystack[i + word.Length]);
            if (before && after)
            {
                return true;
            }

            i++;
        }

        return false;
    }

    private static int WordCount(string text, int from, int to)
    {
        var n = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord)
            {
                n++;
            }

            inWord = w;
        }

        return n;
    }

    [LoggerMessage(EventId = 401, Level = LogLevel.Debug, Message = "Document {DocumentId}: {QuoteCount} quotes, {AttributedCount} attributed")]
    private static partial void LogExtracted(ILogger logger, string documentId, int quoteCount, int attributedCount);

    /// <summary>A quoted passage: inner offsets, the marks' offsets (-1 when unclosed), and whether it runs into the next paragraph.</summary>
    private sealed record RawQuote(int Start, int End, int OpenMark, int CloseMark, bool ContinuesInNext);

    /// <summary>A speaker, its cue, and the name the quote is credited to (resolved for pronouns and roles; null when anonymous).</summary>
    private sealed record Attribution(SpeakerMention Speaker, string Cue, string? Name);

    private sealed record ResolvedQuote(int QuoteStart, string Name, int AttributionEnd);

    private sealed class Context(string text, List<TextSpan> paragraphs, List<TextSpan> sentences, List<RawQuote> quotes, List<SpeakerCandidate> candidates, QuoteLexicon lexicon)
    {
        public string Text { get; } = text;

        public List<TextSpan> Paragraphs { get; } = paragraphs;

        public List<TextSpan> Sentences { get; } = sentences;

        public List<RawQuote> Quotes { get; } = quotes;

        public List<SpeakerCandidate> Candidates { get; } = candidates;

        public QuoteLexicon Lexicon { get; } = lexicon;

        /// <summary>Names of quotes already attributed, for resolving later pronouns.</summary>
        public List<ResolvedQuote> Resolved { get; } = [];

        public TextSpan ParagraphOf(int offset)
        {
            int lo = 0, hi = Paragraphs.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (offset < Paragraphs[mid].Start)
                {
                    hi = mid - 1;
                }
                else if (offset >= Paragraphs[mid].End)
                {
                    lo = mid + 1;
                }
                else
                {
                    return Paragraphs[mid];
                }
            }

            return new TextSpan(0, Text.Length);
        }

        /// <summary>Candidates lying inside <paramref name="window"/>, in order (binary search on the sorted list).</summary>
        public List<SpeakerCandidate> CandidatesIn(TextSpan window)
        {
            int lo = 0, hi = Candidates.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (Candidates[mid].Start < window.Start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            var list = new List<SpeakerCandidate>();
            for (var i = lo; i < Candidates.Count && Candidates[i].Start < window.End; i++)
            {
                if (Candidates[i].End <= window.End)
                {
                    list.Add(Candidates[i]);
                }
            }

            return list;
        }

        /// <summary>The last attributed quote starting inside <paramref name="span"/> (quotes are attributed in offset order).</summary>
        public ResolvedQuote? LastResolvedIn(TextSpan span)
        {
            int lo = 0, hi = Resolved.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (Resolved[mid].QuoteStart < span.End)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo > 0 && Resolved[lo - 1].QuoteStart >= span.Start ? Resolved[lo - 1] : null;
        }

        public TextSpan? SentenceAt(int offset)
        {
            var i = SentenceIndexAt(offset);
            return i >= 0 ? Sentences[i] : null;
        }

        public int SentenceIndexAt(int offset)
        {
            int lo = 0, hi = Sentences.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (offset < Sentences[mid].Start)
                {
                    hi = mid - 1;
                }
                else if (offset >= Sentences[mid].End)
                {
                    lo = mid + 1;
                }
                else
                {
                    return mid;
                }
            }

            return -1;
        }

        /// <summary>The last sentence of the leading run of sentences that end at or before <paramref name="offset"/> (-1 if none).</summary>
        public int SentenceIndexBefore(int offset)
        {
            // The run stops at the first sentence ending after the offset.
            _sentenceMaxEnd ??= RunningMaxEnd.Of(Sentences, s => s.End);
            return RunningMaxEnd.FirstEndingAfter(_sentenceMaxEnd, offset) - 1;
        }

        private int[]? _sentenceMaxEnd;
    }
}

/// <summary>The quote stage's words, built once per language pack: cue windows look words up as views of the text.</summary>
internal sealed class QuoteLexicon
{
    private QuoteLexicon(LanguagePack pack)
    {
        SpeechVerbWords = pack.Set("speech-verbs", "text").GetAlternateLookup<ReadOnlySpan<char>>();
        PostModifierWords = pack.Set("speaker-postmodifiers", "text").GetAlternateLookup<ReadOnlySpan<char>>();
        AdverbWords = pack.Set("speech-adverbs", "text").GetAlternateLookup<ReadOnlySpan<char>>();
        Speakers = SpeakerCandidates.For(pack);
        Abbreviations = Abbreviations.For(pack);
    }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbWords { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PostModifierWords { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbWords { get; }

    public SpeakerCandidates Speakers { get; }

    public Abbreviations Abbreviations { get; }

    public static QuoteLexicon For(LanguagePack pack) => pack.Lexicon(static p => new QuoteLexicon(p));
}
