using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Ingestion;
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

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "&", "of", "at", "and", "the", "for", "in", "on", "-", "/", "to", "a" };

    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    public BoilerplateRemover(ILogger<BoilerplateRemover>? logger = null)
    {
        _logger = logger ?? NullLogger<BoilerplateRemover>.Instance;
    }

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<TextLine>> Clean(IReadOnlyList<SourceDocument> cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var infos = new LineInfo[cluster.Count][];

        // Per-document work runs in parallel; the cross-document line counts are merged in document order.
        var po = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, cluster.Count, po, d => infos[d] = Describe(cluster[d].Text));
        var documentsWithLine = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < cluster.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var key in infos[d].Where(l => !l.Blank).Select(l => l.Exact).Distinct(StringComparer.Ordinal))
            {
                documentsWithLine[key] = documentsWithLine.GetValueOrDefault(key) + 1;
            }
        }

        var result = new IReadOnlyList<TextLine>[cluster.Count];
        Parallel.For(0, cluster.Count, po, d => result[d] = Classify(cluster[d], infos[d], documentsWithLine));
        for (var d = 0; d < cluster.Count; d++)
        {
            var kept = result[d].Count(l => l.Kept);
            var dropped = result[d].Count(l => !l.Kept && l.Reason != "blank");
            LogCleaned(_logger, cluster[d].Id, kept, dropped);
        }

        return result;
    }

    private static TextLine[] Classify(SourceDocument doc, LineInfo[] lines, Dictionary<string, int> documentsWithLine)
    {
        var text = doc.Text;
        var reasons = new string?[lines.Length];
        var inDocument = lines.Where(l => !l.Blank).GroupBy(l => l.Exact, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            reasons[i] = l.Blank ? "blank"
                : l.Start < doc.BodyStart ? "header"
                : FirstPassReason(text, l, inDocument, documentsWithLine);
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

    private static string? FirstPassReason(string text, LineInfo l, Dictionary<string, int> inDocument, Dictionary<string, int> documentsWithLine)
    {
        if (ChromePhrases.Match(l.Norm, l.Exact) is { } phrase)
        {
            return phrase;
        }

        var content = text.AsSpan(l.ContentStart, l.ContentEnd - l.ContentStart).ToString();
        // Only label stubs (ending with a colon) and bylines (no sentence end) look at the words: skip splitting paragraphs.
        var words = content.EndsWith(':') || !l.Terminal ? content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : [];
        if (l.Words <= 12 && IsDoubled(l.Norm))
        {
            return "doubled";
        }

        if (IsLabelStub(content, words))
        {
            return "label-stub";
        }

        if (IsByline(words, l.Terminal))
        {
            return "byline";
        }

        if (l.Words <= 12 && ChromePhrases.HasDateOrTime(l.Norm) && (ChromePhrases.IsCalendarWord(l.Norm.Split(' ')[0]) || char.IsDigit(l.Norm[0]) || l.Norm.Contains('|', StringComparison.Ordinal)))
        {
            return "timestamp";
        }

        if (IsPipeNavigation(content))
        {
            return "navigation";
        }

        if (l.Words <= 20 && CreditInitials().IsMatch(content))
        {
            return "credit";
        }

        if (AddressesReader(content))
        {
            return "appeal";
        }

        if (!l.Terminal && l.Words <= ShortLineWords && (inDocument.GetValueOrDefault(l.Exact) > 1 || documentsWithLine.GetValueOrDefault(l.Exact) > 1))
        {
            return "repeated";
        }

        return null;
    }

    private static void DropShortRuns(LineInfo[] lines, string?[] reasons)
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
        var w = norm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (w.Length < 2 || w.Length % 2 != 0)
        {
            return false;
        }

        var h = w.Length / 2;
        for (var i = 0; i < h; i++)
        {
            if (!string.Equals(w[i], w[h + i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLabelStub(string content, string[] words)
    {
        if (!content.EndsWith(':') || words.Length is 0 or > 5)
        {
            return false;
        }

        foreach (var w in words)
        {
            var bare = w.TrimEnd(':');
            if (bare.Length > 0 && !char.IsUpper(bare[0]) && !Connectors.Contains(bare) && !char.IsDigit(bare[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsByline(string[] words, bool terminal)
    {
        if (words.Length < 2 || words.Length > 10 || terminal)
        {
            return false;
        }

        // "By Jane Roe", "Written by Jane Roe", "Posted by ..."
        var first = string.Equals(words[0], "By", StringComparison.Ordinal) ? 1
            : words.Length > 2 && words[0] is "Written" or "Posted" or "Reported" or "Story" && words[1] is "by" ? 2
            : -1;
        if (first < 0)
        {
            return false;
        }

        for (var i = first; i < words.Length; i++)
        {
            var w = words[i];
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
                return words.Length - i - 1 <= 5; // "By Jane Roe, Staff Writer"
            }
        }

        return true;
    }

    /// <summary>Menus and breadcrumbs: short segments separated by <c>|</c>, or by two or more <c> / </c>, <c> &gt; </c>, <c> » </c>.</summary>
    private static bool IsPipeNavigation(string content)
    {
        if (content.Contains('|', StringComparison.Ordinal))
        {
            return content.Split('|').All(seg => WordCount(seg) <= 5);
        }

        foreach (var sep in Breadcrumb)
        {
            if (!content.Contains(sep, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = content.Split(sep);
            if (parts.Length >= 3 && parts.All(seg => WordCount(seg) is > 0 and <= 4))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Breadcrumb = [" / ", " > ", " \u00BB ", " \u203A "];

    private static int WordCount(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Reporting speaks about third parties; promos and membership appeals speak to the reader. Counts
    /// first- and second-person words outside quotation marks ("US" in capitals is a country, not counted).
    /// </summary>
    private static bool AddressesReader(string content)
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
            if (!inQuote && IsReaderWord(content.AsSpan(s, i - s)))
            {
                hits++;
            }
        }

        return (hits >= 3 && hits * 20 >= words) || (hits >= 2 && hits * 10 >= words);
    }

    private static bool IsReaderWord(ReadOnlySpan<char> word) =>
        word is "we" or "We" or "our" or "Our" or "ours" or "us" or "you" or "You" or "your" or "Your" or "yours";

    private static LineInfo[] Describe(string text)
    {
        var list = new List<LineInfo>();
        var pos = 0;
        while (true)
        {
            var (end, next) = HeaderParser.LineBounds(text, pos);
            list.Add(DescribeLine(text, pos, end));
            if (next >= text.Length)
            {
                if (end < text.Length)
                {
                    list.Add(DescribeLine(text, text.Length, text.Length)); // the empty line after a final line break
                }

                break;
            }

            pos = next;
        }

        return [.. list];
    }

    private static LineInfo DescribeLine(string text, int start, int end)
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
            return new LineInfo(start, end, cs, ce, true, false, false, 0, string.Empty, string.Empty);
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

        var norm = Normalize(text.AsSpan(body, ce - body));
        var exact = norm.TrimEnd('.', ':', ',', ';', '!', ' ');
        var words = norm.Length == 0 ? 0 : norm.Count(ch => ch == ' ') + 1;
        return new LineInfo(start, end, body, ce, false, bullet, EndsSentence(text, body, ce), words, norm, exact);
    }

    private static bool EndsSentence(string text, int s, int e)
    {
        while (e > s && text[e - 1] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
        {
            e--;
        }

        return e > s && text[e - 1] is '.' or '!' or '?' or '\u2026';
    }

    private static string Normalize(ReadOnlySpan<char> s) => TextFolding.Fold(Whitespace.Collapse(s));

    [GeneratedRegex(@"^[a-z]{1,4}(?:[,/][a-z]{1,4})+\s*\(", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CreditInitials();

    [LoggerMessage(EventId = 301, Level = LogLevel.Debug, Message = "Document {DocumentId}: kept {Kept} lines, dropped {Dropped}")]
    private static partial void LogCleaned(ILogger logger, string documentId, int kept, int dropped);

    private readonly record struct LineInfo(int Start, int End, int ContentStart, int ContentEnd, bool Blank, bool Bullet, bool Terminal, int Words, string Norm, string Exact);
}
