using FactCheck.Languages;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace FactCheck.Text;

/// <summary>
/// Default <see cref="ISentenceSplitter"/>: a single left-to-right scan per region (linear time, no
/// regular expressions), aware of abbreviations, initials, numbers, ellipses and closing quotes.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A period, <c>?</c>, <c>!</c> or ellipsis, followed by any closing quotes or brackets, ends a sentence
/// only when whitespace follows and the next word starts like a sentence (capital letter, digit, opening
/// quote or bracket, bullet). <c>"?” he asked</c> and <c>2.5</c> therefore never split.</item>
/// <item>After a title (<c>Sen.</c>, <c>Gen.</c>, abbreviations listed in <c>Text/Data/abbreviations.txt</c>) or a single
/// capital initial (<c>J.</c>) a period never ends a sentence; after an ambiguous abbreviation (a state,
/// a month, <c>U.S.</c>, <c>Inc.</c>, party-state tags such as <c>R-Tex.</c>) only when a typical sentence opener follows.</item>
/// <item>Line breaks end a sentence unless the text is wrapped (the line does not end a sentence and the
/// next one starts in lower case); a blank line always does. Bullet and list markers at a line's start
/// are left out of the sentence.</item>
/// <item>Em-dashes and datelines such as <c>CITY (AGENCY) -</c> carry no sentence-ending punctuation, so they
/// stay inside their sentence.</item>
/// </list>
/// </remarks>
public sealed partial class SentenceSplitter : ISentenceSplitter
{
    /// <summary>
    /// Longest sentence emitted, in characters. Real news sentences stay far below it; text without
    /// punctuation (a scraped blob, a 1 MB line) is cut at whitespace so that per-sentence work in the
    /// later stages stays bounded and the whole pipeline linear.
    /// </summary>
    internal const int MaxSentenceLength = 2_000;

    private const int MaxWordLookBack = 32;
    private readonly ILogger _logger;
    private readonly Abbreviations _abbreviations;

    /// <summary>Creates the stage reading its abbreviations and sentence openers from the language pack (English by default).</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    /// <param name="language">The word lists to read; default <see cref="LanguagePack.English"/>.</param>
    public SentenceSplitter(ILogger<SentenceSplitter>? logger = null, LanguagePack? language = null)
    {
        language ??= LanguagePack.English;
        _abbreviations = Abbreviations.For(language);
        _logger = logger ?? NullLogger<SentenceSplitter>.Instance;
    }

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Split(string text, IReadOnlyList<TextSpan> regions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(regions);
        var spans = new List<TextSpan>();
        foreach (var r in regions)
        {
            if (r.Start < 0 || r.End > text.Length || r.Start > r.End)
            {
                throw new ArgumentOutOfRangeException(nameof(regions), $"Region {r.Start}..{r.End} lies outside the text (length {text.Length}).");
            }

            SplitRegion(text, r.Start, r.End, spans, _abbreviations);
        }

        var result = new Sentence[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            result[i] = new Sentence(i, spans[i].Start, spans[i].End, spans[i].Slice(text));
        }

        LogSplit(_logger, regions.Count, result.Length);
        return result;
    }

    /// <summary>Splits <c>text[start..end)</c> into sentence spans (used directly by the other text stages).</summary>
    internal static void SplitRegion(string text, int start, int end, List<TextSpan> output, Abbreviations abbreviations)
    {
        var s = SkipToContent(text, start, end, atLineStart: true);
        var i = s;
        while (i < end)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                var lineEnd = i;
                var next = i + (c == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : 1);
                var (contentStart, blank) = NextLineContent(text, next, end);
                if (blank || !IsWrapped(text, s, lineEnd, contentStart, end))
                {
                    Emit(text, s, lineEnd, output);
                    s = SkipToContent(text, next, end, atLineStart: true);
                    i = s;
                    continue;
                }

                i = next;
                continue;
            }

            if (c is '.' or '!' or '?' or '\u2026')
            {
                var j = i;
                while (j < end && text[j] is '.' or '!' or '?' or '\u2026')
                {
                    j++;
                }

                var k = j;
                while (k < end && IsCloser(text[k]))
                {
                    k++;
                }

                if (k < end && !char.IsWhiteSpace(text[k]))
                {
                    i = k > i + 1 ? k : i + 1;
                    continue;
                }

                if (IsBoundary(text, s, i, j, k, end, abbreviations))
                {
                    Emit(text, s, k, output);
                    s = SkipToContent(text, k, end, atLineStart: false);
                    i = s;
                    continue;
                }

                i = k;
                continue;
            }

            i++;
        }

        Emit(text, s, end, output);
    }

    private static bool IsBoundary(string text, int sentenceStart, int punct, int punctEnd, int after, int end, Abbreviations abbreviations)
    {
        // Next visible character on the same line; a line break is judged by the line logic.
        var n = after;
        while (n < end && text[n] is ' ' or '\t' or '\u00A0')
        {
            n++;
        }

        if (n >= end || text[n] is '\n' or '\r')
        {
            return true;
        }

        if (!StartsSentence(text[n]))
        {
            return false;
        }

        var single = punctEnd - punct == 1 && text[punct] == '.';
        if (!single)
        {
            return true; // ?, !, ellipsis followed by a capital
        }

        var w = punct;
        var limit = Math.Max(sentenceStart, punct - MaxWordLookBack);
        while (w > limit && (char.IsLetter(text[w - 1]) || text[w - 1] is '.' or '-' or '\''))
        {
            w--;
        }

        if (w > limit && char.IsDigit(text[w - 1]))
        {
            return true; // "in 2016." — a number, not an abbreviation
        }

        var word = text.AsSpan(w, punct - w).TrimStart('.');
        return abbreviations.Classify(word) switch
        {
            AbbreviationKind.Never => false,
            AbbreviationKind.Ambiguous => abbreviations.Starters.Contains(NextWord(text, n, end)),
            _ => true,
        };
    }

    private static string NextWord(string text, int n, int end)
    {
        var e = n;
        while (e < end && e - n < 20 && char.IsLetter(text[e]))
        {
            e++;
        }

        return text[n..e];
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || IsOpener(c) || IsBullet(c);

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    private static bool IsOpener(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB';

    internal static bool IsBullet(char c) => c is '\u2022' or '\u00B7' or '\u25AA' or '\u25E6' or '\u2023' or '\u2043' or '*';

    private static bool IsWrapped(string text, int sentenceStart, int lineEnd, int nextContent, int end)
    {
        if (nextContent >= end || !char.IsLower(text[nextContent]))
        {
            return false;
        }

        var e = lineEnd;
        while (e > sentenceStart && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return e > sentenceStart && text[e - 1] is not ('.' or '!' or '?' or ':' or '\u2026');
    }

    private static (int Content, bool Blank) NextLineContent(string text, int p, int end)
    {
        while (p < end && text[p] is ' ' or '\t' or '\u00A0')
        {
            p++;
        }

        return (p, p < end && text[p] is '\n' or '\r');
    }

    /// <summary>Skips whitespace and, at a line's start, a bullet or list marker ("•", "*", "-", "1.", "2)").</summary>
    private static int SkipToContent(string text, int p, int end, bool atLineStart)
    {
        while (true)
        {
            while (p < end && char.IsWhiteSpace(text[p]))
            {
                if (text[p] is '\n' or '\r')
                {
                    atLineStart = true;
                }

                p++;
            }

            if (!atLineStart || p >= end)
            {
                return p;
            }

            var q = p;
            if (IsBullet(text[q]) || text[q] is '-' or '\u2013' or '\u2014')
            {
                q++;
            }
            else
            {
                while (q < end && q - p < 3 && char.IsDigit(text[q]))
                {
                    q++;
                }

                q = q > p && q < end && text[q] is '.' or ')' ? q + 1 : p;
            }

            if (q > p && q < end && text[q] is ' ' or '\t' or '\u00A0')
            {
                p = q;
                atLineStart = false;
                continue;
            }

            return p;
        }
    }

    private static void Emit(string text, int s, int e, List<TextSpan> output)
    {
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        while (e - s > MaxSentenceLength)
        {
            var cut = s + MaxSentenceLength;
            var ws = cut;
            while (ws > s + (MaxSentenceLength / 2) && !char.IsWhiteSpace(text[ws]))
            {
                ws--;
            }

            cut = char.IsWhiteSpace(text[ws]) ? ws : cut;
            Emit(text, s, cut, output);
            s = cut;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }
        }

        if (e > s)
        {
            output.Add(new TextSpan(s, e));
        }
    }

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "Split {RegionCount} regions into {SentenceCount} sentences")]
    private static partial void LogSplit(ILogger logger, int regionCount, int sentenceCount);
}
