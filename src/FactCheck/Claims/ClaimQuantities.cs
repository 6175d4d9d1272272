using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// What a figure counts, read from a quantity claim: shared by alignment (which figures state the same quantity)
/// and conflict comparison (whether two figures can contradict), so neither reaches into the other.
/// </summary>
internal static class ClaimQuantities
{
    private static readonly char[] ClauseBreaks = [',', ';', ':', '"', '\u201C', '\u201D', '(', ')', '\u2014'];

    /// <summary>
    /// What a figure counts: the content words of its own clause (commas, quotes and brackets end it) near the
    /// number, each mapped to its class in the quantity-words list or cut to a short stem.
    /// </summary>
    public static HashSet<string> QuantityContext(Claim c, Lexicon lexicon)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (c.Arguments.FirstOrDefault(a => a.Role == ArgumentRoles.Quantity) is not { } q)
        {
            return set;
        }

        var from = Math.Clamp(q.Start - c.Start, 0, c.Text.Length);
        var to = Math.Clamp(q.End - c.Start, from, c.Text.Length);
        var left = c.Text.LastIndexOfAny(ClauseBreaks, Math.Max(0, from - 1)) is var l and >= 0 && from > 0 ? l + 1 : 0;
        var right = c.Text.IndexOfAny(ClauseBreaks, to) is var r and >= 0 ? r : c.Text.Length;
        var before = CommonWords(c.Text[left..from], lexicon);
        var after = CommonWords(c.Text[to..right], lexicon);
        var unit = c.ValueOf(ArgumentRoles.Unit);
        foreach (var w in before.Skip(Math.Max(0, before.Count - 5)).Concat(after.Take(6)))
        {
            if (char.IsDigit(w[0]) || lexicon.NumberWords.ContainsKey(w) || lexicon.Multipliers.ContainsKey(w) || lexicon.QuantityNoise.Contains(w))
            {
                continue;
            }

            var key = lexicon.QuantityWords.TryGetValue(w, out var cls) ? cls : Stem(w);
            if (unit is null || !key.StartsWith(Stem(unit), StringComparison.Ordinal))
            {
                set.Add(key);
            }
        }

        return set;
    }

    /// <summary>A word cut to six letters: close enough to a stem to meet "evacuated" with "evacuations".</summary>
    public static string Stem(string word) => word.Length > 6 ? word[..6] : word;

    /// <summary>Whether a unit says little about what is counted ("people", "percent").</summary>
    public static bool IsGenericUnit(string unit, Lexicon lexicon) => lexicon.GenericUnits.Contains(unit);

    /// <summary>Content words that are not names: who said or holds a figure does not say what it counts.</summary>
    private static List<string> CommonWords(string text, Lexicon lexicon)
    {
        var result = new List<string>();
        foreach (var t in ClaimText.Tokenize(text, 0, text.Length, lexicon))
        {
            var w = ClaimText.Bare(t.Folded).TrimEnd('.');
            if (t.Kind != TokenKind.Punctuation && !char.IsUpper(t.Text[0]) && w.Length > 1 && !lexicon.Stopwords.Contains(w))
            {
                result.Add(w);
            }
        }

        return result;
    }
}
