using System.Globalization;
using FactCheck.Statements;
using FactCheck.Tests.RealNews;

namespace FactCheck.Tests.Statements;

/// <summary>Prints the aligned statement pairs of the real-news clusters with their slot changes (for fitting thresholds); explicit only.</summary>
public class StatementPairDump
{
    [Test]
    [Explicit("diagnostic printout for fitting thresholds")]
    public void StatementPairs_RealNews_Print()
    {
        RealNewsScore.RequireAvailable();
        var min = double.Parse(Environment.GetEnvironmentVariable("FC_MIN_SIM") ?? "0.3", CultureInfo.InvariantCulture);
        foreach (var cluster in RealNewsScore.Clusters)
        {
            var docs = FigureLinkDump.Sentences(cluster);
            var text = docs.ToDictionary(d => d.Id, d => d.Text);
            var set = new StatementSet(docs);
            foreach (var (a, b) in set.Candidates(_ => []))
            {
                var (sa, sb) = (set.All[a], set.All[b]);
                var sim = set.Similarity(sa.Stems, sb.Stems);
                if (sim < min)
                {
                    continue;
                }

                var changes = RestatementComparer.Compare(sa, sb);
                TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{cluster[..6]} {sim:0.00} [{string.Join("; ", changes.Select(c => $"{c.Rule}:{c.Before}->{c.After}"))}]\n   {sa.Document}: {Clip(text[sa.Document][sa.Start..sa.End])}\n   {sb.Document}: {Clip(text[sb.Document][sb.Start..sb.End])}"));
            }
        }
    }

    private static string Clip(string s) => (s.Length > 220 ? s[..220] : s).ReplaceLineEndings(" ");
}
