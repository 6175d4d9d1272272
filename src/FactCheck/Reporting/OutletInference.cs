using System.Collections.Frozen;
using FactCheck.Ingestion;
using FactCheck.Languages;

namespace FactCheck.Reporting;

/// <summary>
/// Names a document's outlet when none was supplied, from what the text itself says about where it was published,
/// and finds its headline. Evidence, strongest first: the URL host; a dateline credit (<c>WASHINGTON (Reuters) -</c>)
/// or a byline (<c>By Jane Roe, Associated Press</c>) at the top; the site's own chrome (a masthead line that is only
/// the name, "more DW sites", "reading TPM", "TPM Staff"). Each mention of a known outlet
/// (<c>Languages/En/news-outlets.txt</c>) is scored by the words around it (<c>outlet-cues.txt</c>): a page names itself
/// in its chrome and cites others in its sentences ("the Washington Post reported", "told CNN", "Sources: ..."), so a
/// citation counts against. The best-scored outlet is named only above a threshold: no outlet is better than a cited one.
/// </summary>
internal static class OutletInference
{
    private const int Threshold = 3;

    /// <summary>The outlet and where it comes from; the supplied outlet when there is one.</summary>
    public static (string? Outlet, OutletBasis Basis) Infer(AnalyzedDocument d) => Infer(d.Source, d.Lines, LanguagePack.English);

    /// <summary>The first kept line the text cleaner took for a headline (short, no closing full stop, before the body).</summary>
    public static string? Headline(AnalyzedDocument d)
    {
        foreach (var line in d.Lines)
        {
            if (line.Kept && line.Reason == "headline")
            {
                var text = d.Text[line.Start..line.End].Trim();
                return text.Length is > 0 and <= 200 ? text : null;
            }

            if (line.Kept && line.Reason is "sentence" or "bullet")
            {
                // The body has begun without a headline.
                return null;
            }
        }

        return null;
    }

    internal static (string? Outlet, OutletBasis Basis) Infer(SourceDocument source, IReadOnlyList<Text.TextLine> lines, LanguagePack pack)
    {
        if (!string.IsNullOrWhiteSpace(source.Outlet))
        {
            return (source.Outlet, source.OutletBasis == OutletBasis.None ? OutletBasis.Metadata : source.OutletBasis);
        }

        var lexicon = pack.Lexicon(static p => new Lexicon(p));
        if (source.Url is { } url && FromUrl(url, lexicon) is { } fromUrl)
        {
            return (fromUrl, OutletBasis.Url);
        }

        var scores = new Dictionary<string, (int Score, OutletBasis Basis, int Strongest)>(StringComparer.Ordinal);
        var text = source.Text;
        var lineIndex = 0;
        var keptSeen = 0;
        foreach (var line in lines)
        {
            lineIndex++;
            if (line.End <= line.Start || line.Start < source.BodyStart)
            {
                continue;
            }

            var content = text[line.Start..line.End];
            var top = keptSeen < 3;
            if (line.Kept)
            {
                keptSeen++;
            }

            foreach (var (alias, outlet) in lexicon.Aliases)
            {
                var at = 0;
                while ((at = IndexOfWord(content, alias, at)) >= 0)
                {
                    var (score, basis) = Score(content, at, alias, line.Kept, top, lexicon);
                    var current = scores.GetValueOrDefault(outlet);
                    var strongest = Math.Max(current.Strongest, score);
                    scores[outlet] = (current.Score + score, score >= current.Strongest ? basis : current.Basis, strongest);
                    at += alias.Length;
                }
            }
        }

        var best = scores
            .Where(kv => kv.Value.Score >= Threshold)
            .OrderByDescending(kv => kv.Value.Score)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Key is null ? (null, OutletBasis.None) : (best.Key, best.Value.Basis);
    }

    private static (int Score, OutletBasis Basis) Score(string line, int at, string alias, bool kept, bool top, Lexicon lexicon)
    {
        var before = line[..at].TrimEnd();
        var after = line[(at + alias.Length)..].TrimStart();
        var beforeLower = before.ToLowerInvariant();
        var afterLower = after.ToLowerInvariant();

        // A dateline credit: "WASHINGTON (Reuters) -", "(CN) —" near the top.
        if (top && before.EndsWith('(') && after.StartsWith(')') && IsDash(after.AsSpan(1).TrimStart()))
        {
            return (8, OutletBasis.Dateline);
        }

        // A byline: "By Jane Roe, Associated Press" or "By JANE ROE Associated Press".
        var trimmed = line.TrimStart();
        if (top && trimmed.StartsWith("By ", StringComparison.Ordinal) && trimmed.Length < 120)
        {
            return (6, OutletBasis.Byline);
        }

        // A masthead: the line is the name, maybe repeated (a logo's text and its alt text).
        var rest = line.Replace(alias, string.Empty, StringComparison.Ordinal).Trim(' ', '\t', '|', '-', '·', '•');
        if (rest.Length == 0)
        {
            return (kept ? 3 : 5, OutletBasis.Chrome);
        }

        var score = kept ? -1 : 1;
        if (lexicon.SelfBefore.Any(c => EndsWithWord(beforeLower, c)) || lexicon.SelfAfter.Any(c => StartsWithWord(afterLower, c)))
        {
            score += 3;
        }

        if (lexicon.CitedBefore.Any(c => EndsWithWord(beforeLower, c)) || lexicon.CitedAfter.Any(c => StartsWithWord(afterLower, c))
            || InParenthesizedList(before, after))
        {
            score -= 3;
        }

        return (score, OutletBasis.Chrome);
    }

    private static bool IsDash(ReadOnlySpan<char> s) => s.Length > 0 && s[0] is '-' or '–' or '—';

    /// <summary>"(AP, Washington Post, Reuters)": a list of sources, cited, not the page's own name.</summary>
    private static bool InParenthesizedList(string before, string after)
    {
        var open = before.LastIndexOf('(');
        var close = after.IndexOf(')', StringComparison.Ordinal);
        if (open < 0 || close < 0 || before.LastIndexOf(')') > open)
        {
            return false;
        }

        return before[(open + 1)..].Contains(',', StringComparison.Ordinal) || after[..close].Contains(',', StringComparison.Ordinal);
    }

    private static bool EndsWithWord(string s, string cue) =>
        s.EndsWith(cue, StringComparison.Ordinal) && (s.Length == cue.Length || !char.IsLetterOrDigit(s[s.Length - cue.Length - 1]))
        || s.EndsWith(cue + " the", StringComparison.Ordinal);

    private static bool StartsWithWord(string s, string cue) =>
        s.StartsWith(cue, StringComparison.Ordinal) && (s.Length == cue.Length || !char.IsLetterOrDigit(s[cue.Length]) || !char.IsLetterOrDigit(cue[^1]));

    /// <summary>The next occurrence of <paramref name="word"/> as a whole word (case as written: "AP" is not "ap").</summary>
    private static int IndexOfWord(string text, string word, int from)
    {
        while (from <= text.Length - word.Length)
        {
            var i = text.IndexOf(word, from, StringComparison.Ordinal);
            if (i < 0)
            {
                return -1;
            }

            var startOk = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var end = i + word.Length;
            var endOk = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startOk && endOk)
            {
                return i;
            }

            from = i + 1;
        }

        return -1;
    }

    /// <summary>The outlet a URL's host names: a known host (or a parent domain of it), else the host without <c>www.</c>.</summary>
    internal static string? FromUrl(string url, Lexicon lexicon)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) || uri.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        for (var h = host; h.Contains('.', StringComparison.Ordinal); h = h[(h.IndexOf('.', StringComparison.Ordinal) + 1)..])
        {
            if (lexicon.Hosts.TryGetValue(h, out var outlet))
            {
                return outlet;
            }
        }

        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>The outlet names and cue words of a language pack, built once per pack.</summary>
    internal sealed class Lexicon
    {
        public Lexicon(LanguagePack pack)
        {
            var map = pack.Map("news-outlets", null);
            Hosts = map.Where(kv => kv.Key.Contains('.', StringComparison.Ordinal) && !kv.Key.Contains(' ', StringComparison.Ordinal))
                .ToFrozenDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal);

            // Longest alias first, so "Bloomberg News" is scored as itself, not also as "Bloomberg".
            Aliases = [.. map.Where(kv => !Hosts.ContainsKey(kv.Key.ToLowerInvariant()))
                .OrderByDescending(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => (kv.Key, kv.Value))];
            var lines = pack.Lines("outlet-cues", null);
            List<string> Cues(string kind) => [.. lines
                .Select(l => l.Split('=', 2))
                .Where(p => p.Length == 2 && string.Equals(p[0].Trim(), kind, StringComparison.Ordinal))
                .Select(p => p[1].Trim().ToLowerInvariant())];
            SelfBefore = Cues("self before");
            SelfAfter = Cues("self after");
            CitedBefore = Cues("cited before");
            CitedAfter = Cues("cited after");
        }

        public FrozenDictionary<string, string> Hosts { get; }

        public IReadOnlyList<(string Alias, string Outlet)> Aliases { get; }

        public IReadOnlyList<string> SelfBefore { get; }

        public IReadOnlyList<string> SelfAfter { get; }

        public IReadOnlyList<string> CitedBefore { get; }

        public IReadOnlyList<string> CitedAfter { get; }
    }
}
