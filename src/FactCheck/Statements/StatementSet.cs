using FactCheck.Languages;
using System.Collections.Frozen;

namespace FactCheck.Statements;

/// <summary>A sentence of a document as a statement: its tokens, content stems, figures and scope cues.</summary>
internal sealed class Statement
{
    private static readonly FrozenSet<string> FutureCues = LanguagePack.English.Set("figure-future-cues", null);
    private static readonly FrozenDictionary<string, string> Weekdays = LanguagePack.English.Map("weekdays", null);

    public Statement(string document, int documentIndex, int ordinal, string text, int start, int end)
    {
        Document = document;
        DocumentIndex = documentIndex;
        Ordinal = ordinal;
        Start = start;
        End = end;
        Tokens = StatementText.Tokenize(text, start, end);
        Figures = FigureScanner.Scan(text, Tokens);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < Tokens.Count; k++)
        {
            var t = Tokens[k];
            if (t.Kind != StatementTokenKind.Word || t.Stop)
            {
                continue;
            }

            if (t.Stem.Length > 1)
            {
                stems.Add(t.Stem);
            }
        }

        Stems = [.. stems.Order(StringComparer.Ordinal)];
        StemSet = stems;
        _scopes = new FigureScope[Figures.Count];
    }

    private readonly FigureScope?[] _scopes;

    /// <summary>The cues around a figure (eight tokens either side, within the statement) that decide its scope.</summary>
    public FigureScope Scope(Figure f)
    {
        var at = Figures.IndexOf(f);
        if (at >= 0 && _scopes[at] is { } cached)
        {
            return cached;
        }

        bool future = false, span = false;
        var days = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var firstWord = Tokens.FindIndex(t => t.Kind == StatementTokenKind.Word);

        // A plan or forecast earlier in the sentence governs the figure ("would launch ... to heights of 65 miles").
        for (var k = 0; k < f.TokenIndex; k++)
        {
            future |= Tokens[k].Kind == StatementTokenKind.Word && FutureCues.Contains(Tokens[k].Folded);
        }

        for (var k = Math.Max(0, f.TokenIndex - 8); k < Math.Min(Tokens.Count, f.TokenIndex + 9); k++)
        {
            var t = Tokens[k];
            if (t.Kind != StatementTokenKind.Word)
            {
                continue;
            }

            future |= FutureCues.Contains(t.Folded);
            span |= FigureScanner.CueAt(Tokens, k) == "span";
            if (t.Folded.Length > 5 && Weekdays.TryGetValue(t.Folded, out var d))
            {
                days.Add(d);
            }
            else if (t.Capitalized && !t.Stop && k != firstWord && t.Folded.Length > 2 && !Weekdays.ContainsKey(t.Folded))
            {
                names.Add(t.Stem);
            }
        }

        var scope = new FigureScope(future, span, days, names);
        if (at >= 0)
        {
            _scopes[at] = scope;
        }

        return scope;
    }

    public string Document { get; }

    public int DocumentIndex { get; }

    /// <summary>Position among all statements of the set (documents in order, then sentences).</summary>
    public int Ordinal { get; set; }

    public int Start { get; }

    public int End { get; }

    public List<StatementToken> Tokens { get; }

    /// <summary>Distinct content stems, sorted.</summary>
    public string[] Stems { get; }

    public List<Figure> Figures { get; }

    /// <summary>The same stems as a set, for overlap.</summary>
    public HashSet<string> StemSet { get; }
}

/// <summary>The cues near a figure: a plan or forecast, a running total, the weekdays and the names around it.</summary>
internal sealed record FigureScope(bool Future, bool Span, HashSet<string> Weekdays, HashSet<string> Names);

/// <summary>
/// Every sentence of every document as a statement, with inverse statement frequencies of stems and a blocked
/// candidate search: two statements are compared only when they share a rare stem or a figure of the same
/// dimension and similar size, so the work grows with the number of statements times the block cap, never all pairs.
/// </summary>
internal sealed class StatementSet
{
    /// <summary>A stem or figure key shared by more statements than this does not block (it is too common to tell).</summary>
    public const int BlockCap = 24;

    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

    public StatementSet(IReadOnlyList<AnalyzedDocument> documents)
    {
        var order = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var perDoc = new List<Statement>[order.Length];
        Parallel.For(0, order.Length, di =>
        {
            var doc = order[di];
            var list = new List<Statement>(doc.Sentences.Count);
            foreach (var s in doc.Sentences)
            {
                list.Add(new Statement(doc.Id, di, 0, doc.Text, s.Start, s.End));
            }

            perDoc[di] = list;
        });
        All = [.. perDoc.SelectMany(l => l)];
        for (var i = 0; i < All.Length; i++)
        {
            All[i].Ordinal = i;
        }
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in All)
        {
            foreach (var stem in s.Stems)
            {
                df[stem] = df.GetValueOrDefault(stem) + 1;
            }
        }

        var n = All.Length;
        foreach (var (stem, count) in df)
        {
            _idf[stem] = Math.Log(1 + ((n + 1.0) / count));
        }

        Frequency = df;
    }

    public Statement[] All { get; }

    /// <summary>The statement and figure of <paramref name="document"/> whose figure covers <paramref name="offset"/>, if any.</summary>
    public (Statement Statement, Figure Figure)? FigureAt(string document, int offset)
    {
        int lo = 0, hi = All.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var s = All[mid];
            var c = string.CompareOrdinal(s.Document, document);
            if (c < 0 || (c == 0 && s.End <= offset))
            {
                lo = mid + 1;
            }
            else if (c > 0 || s.Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                foreach (var f in s.Figures)
                {
                    if (f.Start <= offset && offset < f.End)
                    {
                        return (s, f);
                    }
                }

                return null;
            }
        }

        return null;
    }

    private Dictionary<string, int> Frequency { get; }

    /// <summary>Inverse statement frequency of a stem (rare stems weigh more).</summary>
    public double Idf(string stem) => _idf.TryGetValue(stem, out var v) ? v : Math.Log(All.Length + 2.0);

    /// <summary>Pairs of statements from different documents that share a blocking key, each pair once, in a stable order.</summary>
    public List<(int A, int B)> Candidates(Func<Statement, IEnumerable<string>> extraKeys)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < All.Length; i++)
        {
            var s = All[i];
            foreach (var stem in s.Stems)
            {
                if (Frequency[stem] <= BlockCap && Frequency[stem] >= 2)
                {
                    Add(postings, stem, i);
                }
            }

            foreach (var key in extraKeys(s))
            {
                Add(postings, key, i);
            }
        }

        var seen = new HashSet<long>();
        var pairs = new List<(int, int)>();
        foreach (var list in postings.Values)
        {
            if (list.Count < 2 || list.Count > BlockCap)
            {
                continue;
            }

            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var (a, b) = (list[x], list[y]);
                    if (All[a].DocumentIndex == All[b].DocumentIndex)
                    {
                        continue;
                    }

                    if (seen.Add(((long)a << 32) | (uint)b))
                    {
                        pairs.Add((a, b));
                    }
                }
            }
        }

        pairs.Sort();
        return pairs;
    }

    /// <summary>IDF-weighted cosine of two stem sets (binary weights).</summary>
    public double Similarity(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        double wa = 0, wb = 0, shared = 0;
        var setB = b as ISet<string> ?? new HashSet<string>(b, StringComparer.Ordinal);
        foreach (var s in a)
        {
            var w = Idf(s);
            wa += w;
            if (setB.Contains(s))
            {
                shared += w;
            }
        }

        foreach (var s in b)
        {
            wb += Idf(s);
        }

        return wa <= 0 || wb <= 0 ? 0 : shared / Math.Sqrt(wa * wb);
    }

    private static void Add(Dictionary<string, List<int>> postings, string key, int i)
    {
        if (!postings.TryGetValue(key, out var list))
        {
            postings[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != i)
        {
            list.Add(i);
        }
    }
}
