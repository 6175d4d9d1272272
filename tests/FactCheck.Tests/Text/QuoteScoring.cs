using FactCheck.Ingestion;
using FactCheck.Text;

namespace FactCheck.Tests.Text;

/// <summary>One expected quotation: a snippet of its text and the expected speaker(s).</summary>
internal sealed record ExpectedQuote(string Document, string Snippet, string Speaker)
{
    public bool Exact => Snippet.StartsWith('=');

    public bool Matches(Quotation q)
    {
        var text = Norm(q.Text);
        return Exact ? text.TrimEnd('.', ',', '?', '!') == Norm(Snippet[1..]).TrimEnd('.', ',', '?', '!') : text.Contains(Norm(Snippet), StringComparison.Ordinal);
    }

    public bool SpeakerIsRight(Quotation q)
    {
        if (Speaker == "-")
        {
            return q.Speaker is null;
        }

        if (q.Speaker is null)
        {
            return false;
        }

        var who = Norm(q.Speaker.ResolvedName ?? q.Speaker.Text);
        return Speaker.Split('|').Any(s => who.Contains(Norm(s), StringComparison.Ordinal));
    }

    private static string Norm(string s) => TextFolding.Fold(s).Trim();
}

/// <summary>Speaker precision / recall: a quote credited to the wrong speaker is both a false positive and a false negative.</summary>
internal sealed record QuoteScore(int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<string> Errors)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public QuoteScore Add(QuoteScore o) => new(TruePositives + o.TruePositives, FalsePositives + o.FalsePositives, FalseNegatives + o.FalseNegatives, [.. Errors, .. o.Errors]);

    public override string ToString() =>
        $"P={Precision:F3} R={Recall:F3} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})" + string.Concat(Errors.Select(e => "\n  " + e));
}

internal static class QuoteScoring
{
    public static string FixtureDir => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Text");

    /// <summary>Runs the text stages (boilerplate, sentences, quotes) on a cluster.</summary>
    public static IReadOnlyList<AnalyzedDocument> Analyze(IReadOnlyList<SourceDocument> docs)
    {
        var lines = new BoilerplateRemover().Clean(docs);
        var result = new List<AnalyzedDocument>();
        for (var i = 0; i < docs.Count; i++)
        {
            var d = new AnalyzedDocument(docs[i]) { Lines = lines[i] };
            var regions = d.Lines.Where(l => l.Kept && l.End > l.Start).Select(l => new TextSpan(l.Start, l.End)).ToArray();
            d = d with { Regions = regions };
            d = d with { Sentences = new SentenceSplitter().Split(d.Text, regions) };
            result.Add(d with { Quotes = new QuoteExtractor().Extract(d) });
        }

        return result;
    }

    public static List<ExpectedQuote> ReadExpected(string path, string? document = null)
    {
        var list = new List<ExpectedQuote>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            list.Add(document is null ? new ExpectedQuote(f[0], f[1], f[2]) : new ExpectedQuote(document, f[0], f[1]));
        }

        return list;
    }

    public static QuoteScore Score(AnalyzedDocument doc, IEnumerable<ExpectedQuote> expected)
    {
        int tp = 0, fp = 0, fn = 0;
        var errors = new List<string>();
        var used = new HashSet<int>();
        foreach (var e in expected)
        {
            var idx = Enumerable.Range(0, doc.Quotes.Count).FirstOrDefault(i => !used.Contains(i) && e.Matches(doc.Quotes[i]), -1);
            if (idx < 0)
            {
                if (e.Speaker is not ("-" or "*"))
                {
                    fn++;
                    errors.Add($"{doc.Id}: quote not found: {e.Snippet} ({e.Speaker})");
                }

                continue;
            }

            used.Add(idx);
            var q = doc.Quotes[idx];
            if (e.Speaker == "*")
            {
                continue;
            }

            if (e.SpeakerIsRight(q))
            {
                tp += e.Speaker == "-" ? 0 : 1;
                continue;
            }

            var got = q.Speaker is null ? "(none)" : $"{q.Speaker.Text} => {q.Speaker.ResolvedName}";
            errors.Add($"{doc.Id}: {e.Snippet}: expected {e.Speaker}, got {got}");
            if (q.Speaker is not null)
            {
                fp++;
            }

            if (e.Speaker != "-")
            {
                fn++;
            }
        }

        for (var i = 0; i < doc.Quotes.Count; i++)
        {
            if (!used.Contains(i) && doc.Quotes[i].Speaker is { } s)
            {
                fp++;
                errors.Add($"{doc.Id}: unexpected quote credited to {s.Text}: {doc.Quotes[i].Text}");
            }
        }

        return new QuoteScore(tp, fp, fn, errors);
    }
}
