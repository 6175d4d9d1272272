using FactCheck.Languages;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace FactCheck.Statements;

/// <summary>What a statement token is made of.</summary>
internal enum StatementTokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>A token of a statement: offsets into the document, the folded form and its light stem.</summary>
internal readonly record struct StatementToken(int Start, int End, string Folded, string Stem, StatementTokenKind Kind, bool Capitalized, bool Stop);

/// <summary>
/// Tokens and light stems for statement alignment: lower-case, accent-free words, digits with their separators, and
/// symbols; a suffix-stripping stemmer (plural, -ing, -ed, -ly) strong enough to match "released" with "release" and
/// "workers" with "worker", and nothing more (no dictionary).
/// </summary>
internal static class StatementText
{
    private static readonly FrozenSet<string> Stopwords = LanguagePack.English.Set("stopwords", "claims");

    /// <summary>Whether the folded word is a function word.</summary>
    public static bool IsStop(string folded) => Stopwords.Contains(folded);

    /// <summary>The tokens of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>), offsets absolute.</summary>
    public static List<StatementToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<StatementToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsDigit(text[j]) || ((text[j] == ',' || text[j] == '.') && j + 1 < end && char.IsDigit(text[j + 1]))))
                {
                    j++;
                }

                // Digits glued to letters ("Model2", "10-minute", "747s") are a word, not a figure.
                if (j < end && (char.IsLetter(text[j]) || (text[j] == '-' && j + 1 < end && char.IsLetter(text[j + 1]))))
                {
                    j = WordEnd(text, j, end);
                    var w = Fold(text, i, j);
                    tokens.Add(new StatementToken(i, j, w, w, StatementTokenKind.Word, false, false));
                }
                else
                {
                    var n = text[i..j].Replace(",", string.Empty, StringComparison.Ordinal);
                    tokens.Add(new StatementToken(i, j, n, n, StatementTokenKind.Number, false, false));
                }

                i = j;
                continue;
            }

            if (char.IsLetter(c))
            {
                var j = WordEnd(text, i + 1, end);
                var w = Fold(text, i, j);
                var stop = Stopwords.Contains(w);
                tokens.Add(new StatementToken(i, j, w, stop ? w : Stem(w), StatementTokenKind.Word, char.IsUpper(c), stop));
                i = j;
                continue;
            }

            var s = c switch
            {
                '\u2019' or '\u2018' => "'",
                '\u201C' or '\u201D' => "\"",
                '\u2014' or '\u2013' => "-",
                _ => c.ToString(),
            };
            tokens.Add(new StatementToken(i, i + 1, s, s, StatementTokenKind.Symbol, false, false));
            i++;
        }

        return tokens;
    }

    /// <summary>A light English stem: strips plural and common inflections, keeps at least three letters.</summary>
    public static string Stem(string w)
    {
        if (w.Length <= 3)
        {
            return w;
        }

        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            return Undouble(w[..^3]);
        }

        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            var b = w[..^2];
            return b.EndsWith('i') ? b[..^1] + "y" : Undouble(b);
        }

        if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 5)
        {
            return w[..^2];
        }

        if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && (w[^3] is 's' or 'x' or 'z' || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        // "release" / "released" -> "releas": drop a final silent e so both forms meet.
        return w.Length > 4 && w.EndsWith('e') ? w[..^1] : w;
    }

    private static string Undouble(string b)
    {
        if (b.Length > 3 && b[^1] == b[^2] && b[^1] is not ('l' or 's' or 'z'))
        {
            b = b[..^1];
        }

        return b.Length > 4 && b.EndsWith('e') ? b[..^1] : b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordEnd(string text, int j, int end)
    {
        while (j < end)
        {
            var ch = text[j];
            if (char.IsLetterOrDigit(ch))
            {
                j++;
            }
            else if ((ch is '\'' or '\u2019' or '-' or '.') && j + 1 < end && char.IsLetter(text[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static string Fold(string text, int i, int j)
    {
        Span<char> buf = j - i <= 128 ? stackalloc char[j - i] : new char[j - i];
        for (var k = i; k < j; k++)
        {
            var ch = text[k];
            buf[k - i] = ch == '\u2019' ? '\'' : char.ToLowerInvariant(ch);
        }

        var s = new string(buf);
        return s.Any(ch => ch > 127) ? Text.TextFolding.Fold(s) : s;
    }

    /// <summary>Parses a folded number token ("48000", "10.5").</summary>
    public static double ParseNumber(string folded) => double.Parse(folded, NumberStyles.Float, CultureInfo.InvariantCulture);
}
