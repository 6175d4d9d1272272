namespace FactCheck.Reporting;

/// <summary>
/// A word-level diff of two or more wordings of one quote, for the HTML report: which words of each wording have
/// no counterpart in the other(s). Words compare case-insensitively and without their punctuation, so "Weeks,"
/// matches "weeks.". The alignment is a longest common subsequence of words, so the result is deterministic.
/// </summary>
internal static class WordDiff
{
    private const long MaxCells = 1_000_000;

    /// <summary>A word of a text: its character range and whether it differs from the other wording.</summary>
    internal readonly record struct Word(int Start, int End, bool Changed);

    /// <summary>
    /// Diffs the first text (the baseline) against each of the others. A word of a later text is changed when the
    /// longest common subsequence with the baseline leaves it out (an inserted word); a baseline word is changed
    /// when some other text leaves it out (a deleted word).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Word>> Diff(IReadOnlyList<string> texts)
    {
        var words = texts.Select(Split).ToList();
        var result = new List<IReadOnlyList<Word>>(texts.Count);
        if (texts.Count == 0)
        {
            return result;
        }

        var baseline = words[0];
        var baselineChanged = new bool[baseline.Count];
        var others = new List<IReadOnlyList<Word>>();
        for (var t = 1; t < texts.Count; t++)
        {
            var (inBase, inOther) = Lcs(baseline, words[t]);
            for (var i = 0; i < baseline.Count; i++)
            {
                baselineChanged[i] |= !inBase[i];
            }

            others.Add([.. words[t].Select((w, i) => new Word(w.Start, w.End, !inOther[i]))]);
        }

        result.Add([.. baseline.Select((w, i) => new Word(w.Start, w.End, baselineChanged[i]))]);
        result.AddRange(others);
        return result;
    }

    /// <summary>Words: maximal runs of non-space characters; the key is the run lower-cased without its punctuation.</summary>
    private static List<(int Start, int End, string Key)> Split(string text)
    {
        var list = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                var key = new string([.. text[start..i].Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
                list.Add((start, i, key.Length == 0 ? text[start..i] : key));
            }
        }

        return list;
    }

    private static (bool[] InA, bool[] InB) Lcs(List<(int Start, int End, string Key)> a, List<(int Start, int End, string Key)> b)
    {
        var inA = new bool[a.Count];
        var inB = new bool[b.Count];
        if ((long)a.Count * b.Count > MaxCells)
        {
            // A pathological "quote" (a whole article in quotation marks): no word-level marks rather than a huge table.
            Array.Fill(inA, true);
            Array.Fill(inB, true);
            return (inA, inB);
        }

        // Quotes are a sentence or two: the quadratic table is small.
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                table[i, j] = string.Equals(a[i].Key, b[j].Key, StringComparison.Ordinal)
                    ? table[i + 1, j + 1] + 1
                    : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (string.Equals(a[x].Key, b[y].Key, StringComparison.Ordinal))
            {
                inA[x++] = true;
                inB[y++] = true;
            }
            else if (table[x + 1, y] >= table[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return (inA, inB);
    }
}
