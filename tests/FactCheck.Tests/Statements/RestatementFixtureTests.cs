using System.Globalization;
using System.Text;
using FactCheck.Statements;

namespace FactCheck.Tests.Statements;

/// <summary>
/// The restatement fixture set (Fixtures/Statements/restatements.tsv, written for this project): B restates a sentence
/// of A with one detail changed, or faithfully. The slot comparers must tell the two apart.
/// </summary>
public class RestatementFixtureTests
{
    private const double BalancedAccuracyFloor = 0.85;

    internal static IReadOnlyList<(bool Changed, string Category, string A, string B)> Pairs() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Statements", "restatements.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => (f[0] == "changed", f[1], f[2], f[3]))
            .ToList();

    [Test]
    public void Restatements_FixtureSet_HasAtLeast150PairsOfBothKinds()
    {
        var pairs = Pairs();
        pairs.Should().HaveCountGreaterThanOrEqualTo(150);
        pairs.Count(p => p.Changed).Should().BeGreaterThanOrEqualTo(60);
        pairs.Count(p => !p.Changed).Should().BeGreaterThanOrEqualTo(60);
    }

    [Test]
    public void Restatements_SlotComparers_ReachBalancedAccuracyFloor()
    {
        int tp = 0, fn = 0, fp = 0, tn = 0;
        var perCategory = new SortedDictionary<string, (int Right, int All)>(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var (changed, category, a, b) in Pairs())
        {
            var changes = RestatementComparer.Compare(a, b);
            var said = changes.Count > 0;
            (tp, fn, fp, tn) = (changed, said) switch
            {
                (true, true) => (tp + 1, fn, fp, tn),
                (true, false) => (tp, fn + 1, fp, tn),
                (false, true) => (tp, fn, fp + 1, tn),
                _ => (tp, fn, fp, tn + 1),
            };
            var right = changed == said;
            var (r, n) = perCategory.GetValueOrDefault(category);
            perCategory[category] = (r + (right ? 1 : 0), n + 1);
            if (!right)
            {
                wrong.Add($"{category}: {(said ? string.Join(", ", changes.Select(c => $"{c.Rule} {c.Before} -> {c.After}")) : "nothing found")} | {a} || {b}");
            }
        }

        var recall = tp / (double)(tp + fn);
        var specificity = tn / (double)(tn + fp);
        var balanced = (recall + specificity) / 2;
        var sb = new StringBuilder();
        sb.AppendLine("| gold \\ said | changed | faithful |");
        sb.AppendLine("|---|---|---|");
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| changed | {tp} | {fn} |"));
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| faithful | {fp} | {tn} |"));
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"balanced accuracy {balanced:0.000} (changed found {recall:0.000}, faithful kept {specificity:0.000})"));
        foreach (var (c, (r, n)) in perCategory)
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {c}: {r}/{n}"));
        }

        TestContext.Out.WriteLine(sb.ToString());
        foreach (var w in wrong)
        {
            TestContext.Out.WriteLine("wrong: " + w);
        }

        balanced.Should().BeGreaterThanOrEqualTo(BalancedAccuracyFloor);
    }
}
