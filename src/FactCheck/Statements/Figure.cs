using FactCheck.Languages;
using System.Collections.Frozen;
using System.Globalization;

namespace FactCheck.Statements;

/// <summary>How a hedge bounds a figure.</summary>
internal enum FigureBound
{
    Exact,
    Lower,
    Upper,
    Approximate,
}

/// <summary>
/// A figure in a statement: its value in the dimension's base unit, the dimension ("length", "usd", "count"...), what
/// it counts (stems of the noun phrase after it, for counts), its hedge, and how much rounding its writing allows.
/// </summary>
internal sealed record Figure(
    int Start,
    int End,
    string Written,
    double Value,
    string Dimension,
    IReadOnlyList<string> Counted,
    FigureBound Bound,
    double RoundUnit,
    int TokenIndex,
    bool Rate)
{
    /// <summary>The factor of the written unit to the dimension's base unit (1 for counts and money).</summary>
    public double UnitFactor { get; init; } = 1;

    /// <summary>The interval of true values the writing allows.</summary>
    public (double Low, double High) Interval => Bound switch
    {
        FigureBound.Lower => (Value, double.PositiveInfinity),
        FigureBound.Upper => (0, Value),
        // "about 46,000": the hedge covers one unit of the figure's own rounding (at least 2 % for unrounded figures).
        FigureBound.Approximate => (Value - Math.Max(RoundUnit, Value * 0.02), Value + Math.Max(RoundUnit, Value * 0.02)),
        // An exact round figure ("55,000") may stand for anything that rounds to it, up or down.
        _ => (Value - RoundUnit / 2, Value + RoundUnit / 2),
    };
}

/// <summary>Finds figures in statement tokens: a number (digits or a number word), an optional scale word and currency, a unit.</summary>
internal static class FigureScanner
{
    private static readonly FrozenDictionary<string, string> BoundPhrases = LanguagePack.English.Map("lower-bounds", "claims");
    private static readonly FrozenDictionary<string, string> Multipliers = LanguagePack.English.Map("multipliers", "claims");
    private static readonly FrozenDictionary<string, string> Currencies = LanguagePack.English.Map("currencies", "claims");
    private static readonly FrozenDictionary<string, string> NumberWords = LanguagePack.English.Map("numbers", "claims");
    private static readonly FrozenDictionary<string, string> Months = LanguagePack.English.Map("months", "claims");
    private static readonly FrozenSet<string> CountStop = LanguagePack.English.Set("figure-count-stops", null);
    private static readonly FrozenDictionary<string, (string Dimension, double Factor)> Units = ReadUnits();
    private static readonly FrozenDictionary<string, string> ScopeCues = LanguagePack.English.Map("figure-scope-cues", null);

    /// <summary>The figures among <paramref name="tokens"/>.</summary>
    public static List<Figure> Scan(string text, IReadOnlyList<StatementToken> tokens)
    {
        var figures = new List<Figure>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            double value;
            var digits = t.Kind == StatementTokenKind.Number;
            if (digits)
            {
                value = StatementText.ParseNumber(t.Folded);
            }
            else
            {
                continue;
            }

            // Not a figure: times (7:00), dates (April 29), years (2013), ranges (five to 10) and list numbers.
            var prev = i > 0 ? tokens[i - 1] : default;
            if (prev.Folded == "." && i > 1 && Months.ContainsKey(tokens[i - 2].Folded))
            {
                continue; // "Sept. 27"
            }

            var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
            if (prev.Folded is ":" or "/" or "-" or "#" || next.Folded is ":" or "/" || (next.Folded == "-" && i + 2 < tokens.Count && tokens[i + 2].Kind == StatementTokenKind.Number)
                || (digits && t.Folded.Length > 1 && t.Folded[0] == '0' && t.Folded[1] != '.')
                || (prev.Folded is { } pf && Months.ContainsKey(pf)) || (next.Folded is { } nf && Months.ContainsKey(nf)))
            {
                continue;
            }

            if (IsRange(tokens, i))
            {
                continue;
            }

            var start = i;
            var unitKey = "count";
            var factor = 1.0;
            if (i > 0 && Currencies.TryGetValue(tokens[i - 1].Folded, out var cur))
            {
                unitKey = cur;
                start = i - 1;
            }

            var j = i + 1;
            var roundUnit = digits ? RoundUnit(t.Folded) : (value % 10 == 0 ? 10 : 0);
            if (j < tokens.Count && Multipliers.TryGetValue(tokens[j].Folded, out var mult))
            {
                var m = double.Parse(mult, CultureInfo.InvariantCulture);
                value *= m;
                roundUnit = Math.Max(roundUnit, 1) * m;
                if (roundUnit >= value)
                {
                    roundUnit = t.Folded.Contains('.', StringComparison.Ordinal) ? roundUnit : m;
                }

                j++;
            }

            if (unitKey == "count" && digits && value is >= 1800 and <= 2100 && value == Math.Floor(value) && !t.Folded.Contains('.', StringComparison.Ordinal) && text.AsSpan(t.Start, t.End - t.Start).IndexOf(',') < 0)
            {
                continue; // a year
            }

            var counted = new List<string>();
            if (unitKey == "count")
            {
                if (j < tokens.Count && Units.TryGetValue(tokens[j].Folded, out var u))
                {
                    (unitKey, factor) = u;
                    j++;
                }
                else if (j + 1 < tokens.Count && Units.TryGetValue(tokens[j].Folded + " " + tokens[j + 1].Folded, out var u2))
                {
                    (unitKey, factor) = u2;
                    j += 2;
                }
                else
                {
                    for (var k = j; k < tokens.Count && k < j + 3; k++)
                    {
                        var w = tokens[k];
                        if (w.Kind != StatementTokenKind.Word || w.Stop || CountStop.Contains(w.Folded))
                        {
                            break;
                        }

                        counted.Add(w.Stem);
                    }

                    j += counted.Count;
                }
            }

            var bound = BoundBefore(tokens, start);
            if (bound.Bound == FigureBound.Exact && j + 1 < tokens.Count && tokens[j].Folded == "or")
            {
                // Trailing bounds: "62 miles or greater", "500 or more", "an hour or so".
                bound = tokens[j + 1].Folded switch
                {
                    "more" or "greater" or "higher" or "above" or "over" => (FigureBound.Lower, bound.Start),
                    "less" or "fewer" or "lower" or "below" or "under" => (FigureBound.Upper, bound.Start),
                    "so" => (FigureBound.Approximate, bound.Start),
                    _ => bound,
                };
            }

            var boundStart = bound.Start;
            var end = tokens[Math.Max(i, j - 1)].End;
            var rate = false;
            for (var k = j; k < tokens.Count && k < j + 4; k++)
            {
                if (CueAt(tokens, k) == "rate")
                {
                    rate = true;
                }
            }

            // "eight years ago" is a date relative to publication, read by the time stage.
            if (j < tokens.Count && tokens[j].Folded is "ago" or "earlier" or "later" or "old")
            {
                i = Math.Max(i, j - 1);
                continue;
            }

            var written = text[tokens[boundStart].Start..end];
            figures.Add(new Figure(tokens[start].Start, end, written, value * factor, unitKey, counted, bound.Bound, roundUnit * factor, i, rate) { UnitFactor = factor });
            i = Math.Max(i, j - 1);
        }

        return figures;
    }

    /// <summary>The scope cue ("rate", "span") that starts at token <paramref name="k"/>, or null.</summary>
    public static string? CueAt(IReadOnlyList<StatementToken> tokens, int k)
    {
        if (ScopeCues.TryGetValue(tokens[k].Folded, out var kind))
        {
            return kind;
        }

        return k + 1 < tokens.Count && ScopeCues.TryGetValue(tokens[k].Folded + " " + tokens[k + 1].Folded, out var kind2) ? kind2 : null;
    }

    /// <summary>The place value of the last non-zero digit when the figure ends in zeros ("48,000" -> 1,000), else 0.</summary>
    private static double RoundUnit(string folded)
    {
        if (folded.Contains('.', StringComparison.Ordinal))
        {
            return 0;
        }

        var zeros = 0;
        for (var k = folded.Length - 1; k > 0 && folded[k] == '0'; k--)
        {
            zeros++;
        }

        return zeros == 0 ? 0 : Math.Pow(10, zeros);
    }

    private static bool IsRange(IReadOnlyList<StatementToken> tokens, int i)
    {
        static bool IsNum(StatementToken t) => t.Kind == StatementTokenKind.Number || NumberWords.ContainsKey(t.Folded ?? string.Empty);
        if (i + 2 < tokens.Count && tokens[i + 1].Folded is "to" or "-" or "and" or "or" && IsNum(tokens[i + 2]))
        {
            return true;
        }

        return i >= 2 && tokens[i - 1].Folded is "to" or "-" or "and" or "or" && IsNum(tokens[i - 2]);
    }

    private static (FigureBound Bound, int Start) BoundBefore(IReadOnlyList<StatementToken> tokens, int start)
    {
        // Longest phrase of up to three words ending right before the figure.
        for (var n = 3; n >= 1; n--)
        {
            if (start - n < 0)
            {
                continue;
            }

            var phrase = string.Join(' ', Enumerable.Range(start - n, n).Select(k => tokens[k].Folded));
            if (BoundPhrases.TryGetValue(phrase, out var kind))
            {
                return (kind switch { "lower" => FigureBound.Lower, "upper" => FigureBound.Upper, _ => FigureBound.Approximate }, start - n);
            }
        }

        return (FigureBound.Exact, start);
    }

    private static FrozenDictionary<string, (string, double)> ReadUnits()
    {
        var d = new Dictionary<string, (string, double)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in LanguagePack.English.Map("measure-units", null))
        {
            var parts = v.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            d[k] = (parts[0], double.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
