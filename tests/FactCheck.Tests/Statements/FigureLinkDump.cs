using System.Globalization;
using FactCheck.Ingestion;
using FactCheck.Statements;
using FactCheck.Text;
using FactCheck.Tests.RealNews;

namespace FactCheck.Tests.Statements;

/// <summary>Prints every scored figure pair of the real-news clusters (for fitting the link threshold); explicit only.</summary>
public class FigureLinkDump
{
    [Test]
    [Explicit("diagnostic printout for fitting thresholds")]
    public void FigureLinks_RealNews_Print()
    {
        RealNewsScore.RequireAvailable();
        foreach (var cluster in RealNewsScore.Clusters)
        {
            var set = new StatementSet(Sentences(cluster));
            foreach (var l in FigureComparer.Link(set, _ => null).OrderBy(l => l.FigureA.Written, StringComparer.Ordinal))
            {
                TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{cluster[..6]} {l.Score:0.00} {l.Verdict} | {l.A.Document} {l.FigureA.Written} [{string.Join(' ', l.FigureA.Counted)}] | {l.B.Document} {l.FigureB.Written} [{string.Join(' ', l.FigureB.Counted)}]"));
            }
        }
    }

    /// <summary>The documents of a real-news cluster, split into sentences (no other stage run).</summary>
    internal static List<AnalyzedDocument> Sentences(string cluster) =>
        DocumentLoader.Load(Path.Combine(RealNewsScore.Root, cluster))
            .Select(d => new AnalyzedDocument(d) { Sentences = new SentenceSplitter().Split(d.Text, [new TextSpan(0, d.Text.Length)]) })
            .ToList();
}
