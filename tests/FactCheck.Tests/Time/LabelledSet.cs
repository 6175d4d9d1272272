using System.Globalization;
using FactCheck.Time;

namespace FactCheck.Tests.Time;

/// <summary>Reads the labelled expression files and scores the recognizer on them.</summary>
internal static class LabelledSet
{
    public sealed record Row(int Line, string Sentence, DateOnly Anchor, string Expression, string Expected);

    public sealed record Outcome(Row Row, string? Actual, bool Correct);

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Time", name);

    public static IReadOnlyList<Row> ReadExpressions(string file = "expressions.tsv")
    {
        var rows = new List<Row>();
        var lines = File.ReadAllLines(FixturePath(file));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var cols = lines[i].Split('\t');
            if (cols.Length != 4)
            {
                throw new FormatException($"{file} line {i + 1} has {cols.Length} columns.");
            }

            rows.Add(new Row(i + 1, cols[0], DateOnly.ParseExact(cols[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), cols[2], cols[3]));
        }

        return rows;
    }

    /// <summary>A row is right when an expression overlapping the labelled span has the expected value ("-": when none overlaps it).</summary>
    public static Outcome Score(Row row)
    {
        var at = row.Sentence.IndexOf(row.Expression, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new FormatException($"line {row.Line}: '{row.Expression}' is not in its sentence.");
        }

        var found = TimeExpressionRecognizer.Recognize(row.Sentence, row.Anchor)
            .Where(e => e.Start < at + row.Expression.Length && at < e.End)
            .ToList();
        if (row.Expected == "-")
        {
            return new Outcome(row, found.Count == 0 ? null : found[0].Value, found.Count == 0);
        }

        var hit = found.FirstOrDefault(e => e.Value == row.Expected);
        return new Outcome(row, hit?.Value ?? found.FirstOrDefault()?.Value, hit is not null);
    }
}
