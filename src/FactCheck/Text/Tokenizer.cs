namespace FactCheck.Text;

/// <summary>
/// Splits text into word, number and punctuation tokens with offsets into the original text and a
/// folded form (<see cref="TextFolding.Fold"/>) for matching. Linear time.
/// </summary>
/// <remarks>
/// A word keeps inner apostrophes and hyphens (<c>don't</c>, <c>R-Tex</c>) and the periods of an
/// initialism (<c>U.S.</c>, <c>D.C.</c>); other periods are punctuation. A number keeps separators between
/// digits (<c>1,000</c>, <c>2.5</c>). Every other visible character is a one-character punctuation token.
/// </remarks>
public static class Tokenizer
{
    /// <summary>Tokens of the whole text.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, 0, text.Length);
    }

    /// <summary>Tokens of <c>text[start..end)</c>, with offsets into <paramref name="text"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        var tokens = new List<Token>();
        var i = start;
        while (Next(text, ref i, end, out var e, out var kind))
        {
            var t = text[i..e];
            tokens.Add(new Token(i, e, t, TextFolding.Fold(t), kind));
            i = e;
        }

        return tokens;
    }

    /// <summary>
    /// The bounds and kinds of the tokens of <c>text[start..end)</c>, appended to <paramref name="output"/>: the same
    /// tokens as <see cref="Tokenize(string, int, int)"/>, without copying their text (for callers that only look them up).
    /// </summary>
    internal static void Bounds(string text, int start, int end, List<TokenBounds> output)
    {
        var i = start;
        while (Next(text, ref i, end, out var e, out var kind))
        {
            output.Add(new TokenBounds(i, e, kind));
            i = e;
        }
    }

    /// <summary>Moves <paramref name="i"/> to the next token before <paramref name="end"/> and gives its end and kind; false when there is none.</summary>
    private static bool Next(string text, ref int i, int end, out int tokenEnd, out TokenKind kind)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                tokenEnd = ScanWord(text, i, end);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                tokenEnd = ScanNumber(text, i, end);
                kind = TokenKind.Number;
            }
            else
            {
                tokenEnd = char.IsHighSurrogate(c) && i + 1 < end ? i + 2 : i + 1;
                kind = TokenKind.Punctuation;
            }

            return true;
        }

        tokenEnd = end;
        kind = default;
        return false;
    }

    private static int ScanWord(string text, int i, int end)
    {
        var s = i;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || CharIsMark(c))
            {
                i++;
            }
            else if (c is '\'' or '\u2019' or '-' or '\u2011' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > s)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // Initialism: single letters joined by periods ("U.S.", "a.m.").
        if (i - s == 1 && i + 1 < end && text[i] == '.' && char.IsLetter(text[i + 1]))
        {
            var j = i;
            while (j + 1 < end && text[j] == '.' && char.IsLetter(text[j + 1]) && (j + 2 >= end || !char.IsLetter(text[j + 2])))
            {
                j += 2;
            }

            if (j > i)
            {
                return j < end && text[j] == '.' ? j + 1 : j;
            }
        }

        return i;
    }

    private static bool CharIsMark(char c) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}

/// <summary>A token's offsets and kind, without its text (see <see cref="Tokenizer"/>).</summary>
internal readonly record struct TokenBounds(int Start, int End, TokenKind Kind)
{
    /// <summary>The token's text, as a view of <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
