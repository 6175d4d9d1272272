using FactCheck.Ingestion;
using FactCheck.Text;

namespace FactCheck.Tests.Text;

/// <summary>A labelled line: K (keep), D (drop) or X (either way, not scored).</summary>
internal sealed record LabelledLine(string Document, int LineNumber, char Label, string Text);

/// <summary>Line-level precision / recall / F1 of DROP detection.</summary>
internal sealed record DropScore(int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<LabelledLine> Errors)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        $"P={Precision:F3} R={Recall:F3} F={F:F3} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})" +
        string.Concat(Errors.Select(e => $"\n  {e.Document}:{e.LineNumber} labelled {e.Label}: {e.Text}"));
}

internal static class BoilerplateLabels
{
    public static string FixtureDir => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Text");

    /// <summary>Reads a page written as <c>K|line</c>, <c>D|line</c>, <c>X|line</c> or <c>|</c> (blank).</summary>
    public static (SourceDocument Doc, Dictionary<int, char> Labels) ReadPage(string path)
    {
        var raw = File.ReadAllLines(path);
        var labels = new Dictionary<int, char>();
        var text = new List<string>();
        for (var i = 0; i < raw.Length; i++)
        {
            var bar = raw[i].IndexOf('|');
            if (bar < 0 || bar > 1)
            {
                throw new FormatException($"{path}:{i + 1}: expected 'K|', 'D|', 'X|' or '|'.");
            }

            var content = raw[i][(bar + 1)..];
            text.Add(content);
            if (bar == 1)
            {
                labels[i + 1] = raw[i][0];
            }
        }

        return (new SourceDocument(Path.GetFileNameWithoutExtension(path), string.Join('\n', text)), labels);
    }

    public static IEnumerable<(SourceDocument Doc, Dictionary<int, char> Labels)> Pages() =>
        Directory.GetFiles(Path.Combine(FixtureDir, "pages"), "*.txt").Order(StringComparer.Ordinal).Select(ReadPage);

    public static Dictionary<string, Dictionary<int, char>> SeedLabels()
    {
        var result = new Dictionary<string, Dictionary<int, char>>();
        foreach (var line in File.ReadAllLines(Path.Combine(FixtureDir, "seed-lines.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (!result.TryGetValue(f[0], out var map))
            {
                result[f[0]] = map = [];
            }

            map[int.Parse(f[1])] = f[2][0];
        }

        return result;
    }

    /// <summary>Scores the verdicts on one cluster; line numbers are 1-based.</summary>
    public static DropScore Score(IReadOnlyList<(SourceDocument Doc, Dictionary<int, char> Labels)> cluster, IBoilerplateRemover remover)
    {
        var verdicts = remover.Clean(cluster.Select(c => c.Doc).ToList());
        int tp = 0, fp = 0, fn = 0;
        var errors = new List<LabelledLine>();
        for (var d = 0; d < cluster.Count; d++)
        {
            var (doc, labels) = cluster[d];
            var lines = verdicts[d];
            foreach (var (n, label) in labels.OrderBy(p => p.Key))
            {
                var line = lines[n - 1];
                var text = doc.Text[line.Start..line.End];
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw new InvalidOperationException($"{doc.Id}:{n} is labelled but blank; labels are out of step with the text.");
                }

                var dropped = !line.Kept;
                switch (label)
                {
                    case 'D' when dropped: tp++; break;
                    case 'D': fn++; errors.Add(new LabelledLine(doc.Id, n, label, $"[kept {line.Reason}] {text}")); break;
                    case 'K' when dropped: fp++; errors.Add(new LabelledLine(doc.Id, n, label, $"[dropped {line.Reason}] {text}")); break;
                }
            }
        }

        return new DropScore(tp, fp, fn, errors);
    }
}
