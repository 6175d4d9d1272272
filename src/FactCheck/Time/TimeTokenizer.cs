using FactCheck.Text;

namespace FactCheck.Time;

/// <summary>What a time token is made of.</summary>
internal enum TimeTokenKind
{
    Word,
    Number,
    Punct,
}

/// <summary>A token of the time scanner: offsets into the original text and a folded lower-case form.</summary>
internal readonly record struct TimeToken(int Start, int End, TimeTokenKind Kind, string Lower)
{
    public bool IsWord => Kind == TimeTokenKind.Word;

    public bool IsNumber => Kind == TimeTokenKind.Number;

    public bool IsPunct(char c) => Kind == TimeTokenKind.Punct && Lower.Length == 1 && Lower[0] == c;

    /// <summary>The value of a number token (digits only, at most 9 of them), or -1.</summary>
    public int Number => IsNumber && Lower.Length <= 9 ? int.Parse(Lower, System.Globalization.CultureInfo.InvariantCulture) : -1;
}

/// <summary>
/// Splits text into words, digit runs and single punctuation marks, in one pass (linear in the text).
/// Dotted abbreviations made of single letters (<c>p.m.</c>, <c>U.S.</c>) stay one word; a possessive
/// <c>'s</c> becomes its own token.
/// </summary>
internal static class TimeTokenizer
{
    public static List<TimeToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<TimeToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                var j = i;
                while (j < end && char.IsLetter(text[j]))
                {
                    j++;
                }

                // Single letters joined by periods: p.m., a.m., U.S.
                if (j - i == 1 && j + 1 < end && text[j] == '.' && char.IsLetter(text[j + 1]))
                {
                    while (j + 1 < end && text[j] == '.' && char.IsLetter(text[j + 1]) && (j + 2 >= end || !char.IsLetter(text[j + 2])))
                    {
                        j += 2;
                    }

                    if (j < end && text[j] == '.')
                    {
                        j++;
                    }
                }

                tokens.Add(new TimeToken(i, j, TimeTokenKind.Word, TextFolding.Fold(text[i..j])));
                i = j;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < end && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                tokens.Add(new TimeToken(i, j, TimeTokenKind.Number, text[i..j]));
                i = j;
                continue;
            }

            var folded = TextFolding.FoldChar(c);
            if (folded == '\'' && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
            {
                tokens.Add(new TimeToken(i, i + 2, TimeTokenKind.Punct, "'s"));
                i += 2;
                continue;
            }

            tokens.Add(new TimeToken(i, i + 1, TimeTokenKind.Punct, folded.ToString()));
            i++;
        }

        return tokens;
    }
}
