using System.Collections.Frozen;
using System.Runtime.InteropServices;
using FactCheck.Ingestion;
using FactCheck.Languages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Text;

/// <summary>
/// Default <see cref="IBoilerplateRemover"/>: keeps the reporting of a flat (already de-HTML-ed) page and
/// drops site chrome, line by line, from general evidence only.
/// </summary>
/// <remarks>
/// <para>Evidence used, in order (the first that fires gives the reason):</para>
/// <list type="bullet">
/// <item><c>header</c>: the loader's <c>Key: value</c> header.</item>
/// <item><c>chrome-phrase</c>, <c>photo-credit</c>, <c>source-line</c>: phrases typical of site chrome, kept as data in
/// <c>Text/Data/chrome-phrases.txt</c> (navigation, consent banners, newsletter and membership promos, credits).</item>
/// <item><c>doubled</c>: a line that is one phrase written twice (a masthead rendered from two elements).</item>
/// <item><c>label-stub</c>: a short title-case label ending with a colon and nothing after it (staff mastheads, "Author:").</item>
/// <item><c>byline</c>, <c>timestamp</c>, <c>navigation</c> (short segments separated by <c>|</c>), <c>credit</c> (agency initials).</item>
/// <item><c>appeal</c>: a paragraph addressing the reader ("we", "our", "you") outside quotation marks far more than reporting does.</item>
/// <item><c>repeated</c>: a short non-sentence line that occurs twice in the document or in two documents of the cluster.</item>
/// <item><c>caption</c>: the line right above a photo credit.</item>
/// <item><c>short-line-run</c>: three or more adjacent short lines without sentence punctuation (menus, "most read" lists,
/// masthead blocks), at least two of them not already explained by another rule.</item>
/// </list>
/// <para>
/// Kept lines are marked <c>sentence</c>, <c>bullet</c> (bullet lines are never dropped by the run rule),
/// <c>headline</c> (the first kept line when it has no sentence punctuation) or <c>subhead</c> (a later short line
/// without sentence punctuation: section heads are kept because they are harmless and cannot be told
/// apart from teaser links reliably). Blank lines are <c>Kept=false</c> with reason <c>blank</c>.
/// </para>
/// </remarks>
public sealed partial class BoilerplateRemover : IBoilerplateRemover
{
    private const int ShortLineWords = 8;
    private const int MinRun = 3;

    private readonly ILogger _logger;
    private readonly ChromePhrases _chrome;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _connectors;

    /// <summary>Creates the stage reading its chrome phrases and calendar words from the language pack (English by default).</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    /// <param name="language">The word lists to read; default <see cref="LanguagePack.English"/>.</param>
    public BoilerplateRemover(ILogger<BoilerplateRemover>? logger = null, LanguagePack? language = null)
    {
        language ??= LanguagePack.English;
        _chrome = ChromePhrases.For(language);
        _connectors = ChromePhrases.Connectors(language);
        _logger = logger ?? NullLogger<BoilerplateRemover>.Instance;
    }

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<TextLine>> Clean(IReadOnlyList<SourceDocument> cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var infos = new DocumentLines[cluster.Count];

        // Per-document work runs in parallel; the cross-document line counts are merged in document order.
        var po = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, cluster.Count, po, d => infos[d] = Describe(cluster[d].Text));
        var documentsWithLine = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < cluster.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var key in infos[d].Counts.Keys)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(documentsWithLine, key, out _)++;
            }
        }

        var result = new IReadOnlyList<TextLine>[cluster.Count];
        Parallel.For(0, cluster.Count, po, d => result[d] = Classify(cluster[d], infos[d], documentsWithLine));
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            for (var d = 0; d < cluster.Count; d++)
            {
                int kept = 0, dropped = 0;
                foreach (var l in result[d])
                {
                    kept += l.Kept ? 1 : 0;
                    dropped += !l.Kept && l.Reason != "blank" ? 1 : 0;
                }

                LogCleaned(_logger, cluster[d].Id, kept, dropped);
            }
        }

        return result;
    }

    private TextLine[] Classify(SourceDocument doc, DocumentLines info, Dictionary<string, int> documentsWithLine)
    {
        var text = doc.Text;
        ReadOnlySpan<LineInfo> lines = CollectionsMarshal.AsSpan(info.Lines);
        var reasons = new string?[lines.Length];
        var inDocument = info.Counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var inCluster = documentsWithLine.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            reasons[i] = l.Blank ? "blank"
                : l.Start < doc.BodyStart ? "header"
                : FirstPassReason(text, l, inDocument, inCluster);
        }

        // A caption sits right above its credit line.
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (reasons[i] is null && reasons[i + 1] == "photo-credit" && lines[i].Words <= 40)
            {
                reasons[i] = "caption";
            }
        }

        DropShortRuns(lines, reasons);

        var result = new TextLine[lines.Length];
        var seenKept = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            var reason = reasons[i];
            if (reason is null)
            {
                reason = l.Bullet ? "bullet" : l.Terminal ? "sentence" : seenKept ? "subhead" : "headline";
                seenKept = true;
                result[i] = new TextLine(l.Start, l.End, true, reason);
            }
            else
            {
                result[i] = new TextLine(l.Start, l.End, false, reason);
            }
        }

        return result;
    }

    private string? FirstPassReason(
        string text, LineInfo l, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> inDocument, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> inCluster)
    {
        var exact = l.Norm.AsSpan(0, l.ExactLength);
        if (_chrome.Match(l.Norm, exact) is { } phrase)
        {
            return phrase;
        }

        var content = text.AsSpan(l.ContentStart, l.ContentEnd - l.ContentStart);
        if (l.Words <= 12 && IsDoubled(l.Norm))
        {
            return "doubled";
        }

        // Only label stubs (ending with a colon) and bylines (no sentence end) look at the words: skip splitting paragraphs.
        // Both need at most ten words, so eleven slots tell them whether there are more.
        Span<Range> words = stackalloc Range[MaxStubOrBylineWords + 1];
        var wordCount = content.EndsWith(':') || !l.Terminal ? SplitWords(content, words) : 0;
        words = words[..Math.Min(wordCount, words.Length)];
        if (IsLabelStub(content, words, wordCount))
        {
            return "label-stub";
        }

        if (IsByline(content, words, wordCount, l.Terminal))
        {
            return "byline";
        }

        var norm = l.Norm.AsSpan();
        if (l.Words <= 12 && _chrome.HasDateOrTime(norm) && (_chrome.IsCalendarWord(FirstSegment(norm)) || char.IsDigit(norm[0]) || norm.Contains('|')))
        {
            return "timestamp";
        }

        if (IsPipeNavigation(content))
        {
            return "navigation";
        }

        if (l.Words <= 20 && IsCreditInitials(content))
        {
            return "credit";
        }

        if (AddressesReader(content))
        {
            return "appeal";
        }

        if (!l.Terminal && l.Words <= ShortLineWords && (inDocument.TryGetValue(exact, out var n) && n > 1 || inCluster.TryGetValue(exact, out var m) && m > 1)
            && !IsDateline(content))
        {
            return "repeated";
        }

        return null;
    }

    /// <summary>
    /// A wire dateline on a line of its own ("LONDON 1996-12-06", "FARMINGTON HILLS, Mich. 1996-08-30"): a place in capitals
    /// and an ISO date. Articles of one run from the same desk repeat it, yet it is reporting, not site chrome.
    /// </summary>
    internal static bool IsDateline(ReadOnlySpan<char> content)
    {
        content = content.Trim();
        if (content.Length < 12 || content.Length > 60)
        {
            return false;
        }

        // The ISO date closes the line: dddd-dd-dd.
        var date = content[^10..];
        for (var k = 0; k < 10; k++)
        {
            var ok = k is 4 or 7 ? date[k] == '-' : char.IsAsciiDigit(date[k]);
            if (!ok)
            {
                return false;
            }
        }

        // Before it, a place whose first word is written in capitals (two letters or more).
        var place = content[..^10].TrimEnd();
        var first = place.IndexOf(' ') is var sp && sp > 0 ? place[..sp] : place;
        first = first.TrimEnd(',');
        if (first.Length < 2)
        {
            return false;
        }

        foreach (var c in first)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return char.IsLetter(first[0]);
    }

    /// <summary>The text before the first space (all of it when there is none).</summary>
    private static ReadOnlySpan<char> FirstSegment(ReadOnlySpan<char> s)
    {
        var space = s.IndexOf(' ');
        return space < 0 ? s : s[..space];
    }

    private static void DropShortRuns(ReadOnlySpan<LineInfo> lines, string?[] reasons)
    {
        var i = 0;
        while (i < lines.Length)
        {
            if (!IsRunMember(lines[i], reasons[i]))
            {
                i++;
                continue;
            }

            var j = i;
            var unexplained = 0;
            while (j < lines.Length && IsRunMember(lines[j], reasons[j]))
            {
                if (reasons[j] is null)
                {
                    unexplained++;
                }

                j++;
            }

            if (j - i >= MinRun && unexplained >= 2)
            {
                for (var k = i; k < j; k++)
                {
                    reasons[k] ??= "short-line-run";
                }
            }

            i = j;
        }
    }

    // Members are adjacent (no blank line between) non-bullet lines that are either already dropped or short without sentence punctuation.
    private static bool IsRunMember(LineInfo l, string? reason) =>
        !l.Blank && reason != "blank" && (reason is not null || (!l.Bullet && !l.Terminal && l.Words <= ShortLineWords));

    private static bool IsDoubled(string norm)
    {
        // Words are separated by single spaces except where folding dropped a mark; empty words do not count.
        var span = norm.AsSpan();
        var slots = span.Count(' ') + 1;
        Span<Range> w = slots <= 32 ? stackalloc Range[slots] : new Range[slots];
        var count = span.Split(w, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count < 2 || count % 2 != 0)
        {
            return false;
        }

        var h = count / 2;
        for (var i = 0; i < h; i++)
        {
            if (!span[w[i]].SequenceEqual(span[w[h + i]]))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxStubOrBylineWords = 10;

    /// <summary>
    /// Splits at whitespace (as <c>string.Split(null, RemoveEmptyEntries)</c>) into <paramref name="words"/>;
    /// returns the number of words, which may exceed the slots (only the first ones are stored).
    /// </summary>
    private static int SplitWords(ReadOnlySpan<char> s, Span<Range> words)
    {
        var count = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            if (count < words.Length)
            {
                words[count] = start..i;
            }

            count++;
        }

        return count;
    }

    private bool IsLabelStub(ReadOnlySpan<char> content, ReadOnlySpan<Range> words, int wordCount)
    {
        if (!content.EndsWith(':') || wordCount is 0 or > 5)
        {
            return false;
        }

        foreach (var r in words)
        {
            var bare = content[r].TrimEnd(':');
            if (bare.Length > 0 && !char.IsUpper(bare[0]) && !_connectors.Contains(bare) && !char.IsDigit(bare[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsByline(ReadOnlySpan<char> content, ReadOnlySpan<Range> words, int wordCount, bool terminal)
    {
        if (wordCount < 2 || wordCount > MaxStubOrBylineWords || terminal)
        {
            return false;
        }

        // "By Jane Roe", "Written by Jane Roe", "Posted by ..."
        var w0 = content[words[0]];
        var first = w0 is "By" ? 1
            : wordCount > 2 && w0 is "Written" or "Posted" or "Reported" or "Story" && content[words[1]] is "by" ? 2
            : -1;
        if (first < 0)
        {
            return false;
        }

        for (var i = first; i < wordCount; i++)
        {
            var w = content[words[i]];
            if (w is "and" or "&")
            {
                continue;
            }

            if (!char.IsUpper(w[0]))
            {
                return false;
            }

            if (w.EndsWith(','))
            {
                return wordCount - i - 1 <= 5; // "By Jane Roe, Staff Writer"
            }
        }

        return true;
    }

    /// <summary>Menus and breadcrumbs: short segments separated by <c>|</c>, or by two or more <c> / </c>, <c> &gt; </c>, <c> » </c>.</summary>
    private static bool IsPipeNavigation(ReadOnlySpan<char> content)
    {
        if (content.Contains('|'))
        {
            foreach (var seg in content.Split('|'))
            {
                if (SplitWords(content[seg], []) > 5)
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var sep in Breadcrumb)
        {
            if (!content.Contains(sep, StringComparison.Ordinal))
            {
                continue;
            }

            // The parts between separators (as string.Split(sep) cuts them): at least three, each of one to four words.
            var parts = 0;
            var allShort = true;
            foreach (var part in content.Split(sep))
            {
                parts++;
                if (SplitWords(content[part], []) is 0 or > 4)
                {
                    allShort = false;
                    break;
                }
            }

            if (allShort && parts >= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Breadcrumb = [" / ", " > ", " \u00BB ", " \u203A "];

    /// <summary>Agency initials before a parenthesis, "ap/jd (" or "rtr,ab (": <c>^[a-z]{1,4}(?:[,/][a-z]{1,4})+\s*\(</c>.</summary>
    internal static bool IsCreditInitials(ReadOnlySpan<char> s)
    {
        // Every letter run must be whole (a sixth letter can match neither a separator nor the parenthesis), so one pass decides.
        var i = LowerRun(s, 0);
        if (i < 0)
        {
            return false;
        }

        var groups = 0;
        while (i < s.Length && s[i] is ',' or '/')
        {
            var next = LowerRun(s, i + 1);
            if (next < 0)
            {
                return false;
            }

            groups++;
            i = next;
        }

        if (groups == 0)
        {
            return false;
        }

        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i < s.Length && s[i] == '(';
    }

    /// <summary>The end of a run of one to four ASCII lower-case letters starting at <paramref name="start"/>, or -1.</summary>
    private static int LowerRun(ReadOnlySpan<char> s, int start)
    {
        var i = start;
        while (i < s.Length && char.IsAsciiLetterLower(s[i]))
        {
            i++;
        }

        return i - start is >= 1 and <= 4 ? i : -1;
    }

    /// <summary>
    /// Reporting speaks about third parties; promos and membership appeals speak to the reader. Counts
    /// first- and second-person words outside quotation marks ("US" in capitals is a country, not counted).
    /// </summary>
    private static bool AddressesReader(ReadOnlySpan<char> content)
    {
        var hits = 0;
        var words = 0;
        var inQuote = false;
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (c == '\u201C')
            {
                inQuote = true;
            }
            else if (c == '\u201D')
            {
                inQuote = false;
            }
            else if (c == '"')
            {
                inQuote = !inQuote;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < content.Length && (char.IsLetter(content[i]) || (content[i] is '\'' or '\u2019' && i + 1 < content.Length && char.IsLetter(content[i + 1]))))
            {
                i++;
            }

            words++;
            if (!inQuote && IsReaderWord(content[s..i]))
            {
                hits++;
            }
        }

        return (hits >= 3 && hits * 20 >= words) || (hits >= 2 && hits * 10 >= words);
    }

    private static bool IsReaderWord(ReadOnlySpan<char> word) =>
        word is "we" or "We" or "our" or "Our" or "ours" or "us" or "you" or "You" or "your" or "Your" or "yours";

    private static DocumentLines Describe(string text)
    {
        // One line per line break, plus the last: presized so the list never grows.
        var list = new List<LineInfo>(text.AsSpan().Count('\n') + 2);
        char[]? scratch = null;
        var pos = 0;
        while (true)
        {
            var (end, next) = HeaderParser.LineBounds(text, pos);
            list.Add(DescribeLine(text, pos, end, ref scratch));
            if (next >= text.Length)
            {
                if (end < text.Length)
                {
                    list.Add(DescribeLine(text, text.Length, text.Length, ref scratch)); // the empty line after a final line break
                }

                break;
            }

            pos = next;
        }

        // How often each short line occurs, keyed by its exact form. Only lines whose exact form has at most
        // ShortLineWords words can ever be asked about (a line's exact form never has more words than the line).
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySpan = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var l in list)
        {
            var exact = l.Norm.AsSpan(0, l.ExactLength);
            if (!l.Blank && exact.Count(' ') < ShortLineWords)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(bySpan, exact, out _)++;
            }
        }

        return new DocumentLines(list, counts);
    }

    private static LineInfo DescribeLine(string text, int start, int end, ref char[]? scratch)
    {
        var cs = start;
        while (cs < end && char.IsWhiteSpace(text[cs]))
        {
            cs++;
        }

        var ce = end;
        while (ce > cs && char.IsWhiteSpace(text[ce - 1]))
        {
            ce--;
        }

        if (cs == ce)
        {
            return new LineInfo(start, end, cs, ce, true, false, false, 0, string.Empty, 0);
        }

        var bullet = SentenceSplitter.IsBullet(text[cs]) || (text[cs] is '-' or '\u2013' && cs + 1 < ce && text[cs + 1] == ' ');
        var body = cs;
        if (bullet)
        {
            body++;
        }
        else
        {
            var q = cs;
            while (q < ce && q - cs < 3 && char.IsDigit(text[q]))
            {
                q++;
            }

            if (q > cs && q + 1 < ce && text[q] is '.' or ')' && text[q + 1] == ' ')
            {
                body = q + 1; // "1. Skip to content": list numbering is not part of the phrase
            }
        }

        while (body < ce && char.IsWhiteSpace(text[body]))
        {
            body++;
        }

        var norm = Normalize(text.AsSpan(body, ce - body), ref scratch);
        var exactLength = norm.AsSpan().TrimEnd(".:,;! ").Length;
        var words = norm.Length == 0 ? 0 : norm.AsSpan().Count(' ') + 1;
        return new LineInfo(start, end, body, ce, false, bullet, EndsSentence(text, body, ce), words, norm, exactLength);
    }

    private static bool EndsSentence(string text, int s, int e)
    {
        while (e > s && text[e - 1] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
        {
            e--;
        }

        return e > s && text[e - 1] is '.' or '!' or '?' or '\u2026';
    }

    /// <summary>Folded with whitespace collapsed, as <c>TextFolding.Fold(Whitespace.Collapse(s))</c>, making one string instead of three.</summary>
    /// <remarks>Long lines are collapsed into <paramref name="scratch"/>, one buffer per document (grown as needed).</remarks>
    private static string Normalize(ReadOnlySpan<char> s, ref char[]? scratch)
    {
        if (s.Length > 512 && (scratch is null || scratch.Length < s.Length))
        {
            scratch = new char[Math.Max(s.Length, 2048)];
        }

        Span<char> buffer = s.Length <= 512 ? stackalloc char[512] : scratch;

        var n = Whitespace.Collapse(s, buffer);
        return TextFolding.FoldSpan(buffer[..n]);
    }

    [LoggerMessage(EventId = 301, Level = LogLevel.Debug, Message = "Document {DocumentId}: kept {Kept} lines, dropped {Dropped}")]
    private static partial void LogCleaned(ILogger logger, string documentId, int kept, int dropped);

    /// <summary><c>Norm[..ExactLength]</c> is the line's exact form: the normalized text without trailing <c>. : , ; !</c> and spaces.</summary>
    private readonly record struct LineInfo(int Start, int End, int ContentStart, int ContentEnd, bool Blank, bool Bullet, bool Terminal, int Words, string Norm, int ExactLength);

    /// <summary>A document's lines and the number of times each short line's exact form occurs in it.</summary>
    private sealed record DocumentLines(List<LineInfo> Lines, Dictionary<string, int> Counts);
}
