using System.Collections.Frozen;
using FactCheck.Text;

namespace FactCheck.Time;

/// <summary>What a time token is made of.</summary>
internal enum TimeTokenKind
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// A token of the time scanner: offsets into the original text, its folded lower-case form and, for a number, its value.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the token.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="Lower">
/// The folded lower-case form, or null for a word or number that the scanner's tokenizing
/// left for later (not a known word): <see cref="TimeTokenizer.LowerOf"/> gives it on demand. Punctuation always has it.
/// </param>
/// <param name="Number">The value of a number token (digits only, at most 9 of them), or -1.</param>
internal readonly record struct TimeToken(int Start, int End, TimeTokenKind Kind, string? Lower, int Number)
{
    public bool IsWord => Kind == TimeTokenKind.Word;

    public bool IsNumber => Kind == TimeTokenKind.Number;

    public bool IsPunct(char c) => Kind == TimeTokenKind.Punct && Lower!.Length == 1 && Lower[0] == c;
}

/// <summary>
/// Splits text into words, digit runs and single punctuation marks, in one pass (linear in the text).
/// Dotted abbreviations made of single letters (<c>p.m.</c>, <c>U.S.</c>) stay one word; a possessive
/// <c>'s</c> becomes its own token.
/// </summary>
internal static class TimeTokenizer
{
    // One shared string per ASCII punctuation mark, so punctuation tokens allocate nothing.
    private static readonly string[] AsciiChars = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>Tokenizes <c>text[start..end)</c> with every token's lower-case form filled in.</summary>
    public static List<TimeToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<TimeToken>();
        Tokenize(text, start, end, tokens, known: null);
        return tokens;
    }

    /// <summary>
    /// Appends the tokens of <c>text[start..end)</c> to <paramref name="tokens"/>. With <paramref name="known"/>, a word's
    /// lower-case form is filled in only when it is a known word (and numbers' never): the rest are left null, to be made
    /// by <see cref="LowerOf"/> if a rule ever looks at them, so most words cost no string.
    /// </summary>
    public static void Tokenize(string text, int start, int end, List<TimeToken> tokens, FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? known)
    {
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

                var word = text.AsSpan(i, j - i);
                tokens.Add(new TimeToken(i, j, TimeTokenKind.Word, known is { } k ? Known(word, k) : Lower(word), -1));
                i = j;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                var j = i;
                var value = 0;
                while (j < end && char.IsAsciiDigit(text[j]))
                {
                    value = j - i < 9 ? (value * 10) + (text[j] - '0') : -1;
                    j++;
                }

                tokens.Add(new TimeToken(i, j, TimeTokenKind.Number, known is null ? text[i..j] : null, value));
                i = j;
                continue;
            }

            var folded = TextFolding.FoldChar(c);
            if (folded == '\'' && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
            {
                tokens.Add(new TimeToken(i, i + 2, TimeTokenKind.Punct, "'s", -1));
                i += 2;
                continue;
            }

            tokens.Add(new TimeToken(i, i + 1, TimeTokenKind.Punct, folded < AsciiChars.Length ? AsciiChars[folded] : folded.ToString(), -1));
            i++;
        }
    }

    /// <summary>The lower-case form of a token of <paramref name="text"/>, made now if tokenizing left it out.</summary>
    public static string LowerOf(string text, in TimeToken token) => token.Lower ?? (token.IsNumber
        ? text[token.Start..token.End]
        : Lower(text.AsSpan(token.Start, token.End - token.Start)));

    /// <summary>The known word's shared string, null for another ASCII word; a long or non-ASCII word is lower-cased now.</summary>
    private static string? Known(ReadOnlySpan<char> word, FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        if (word.Length > 64 || !System.Text.Ascii.IsValid(word))
        {
            return Lower(word);
        }

        Span<char> buffer = stackalloc char[64];
        var lower = buffer[..word.Length];
        word.ToLowerInvariant(lower);
        return known.TryGetValue(lower, out var shared) ? shared : null;
    }

    /// <summary>Lower-cases ASCII words cheaply; anything else goes through the full fold.</summary>
    private static string Lower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c > 0x7F)
            {
                return TextFolding.Fold(word.ToString());
            }
        }

        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var lower = buffer[..word.Length];
        word.ToLowerInvariant(lower);
        return new string(lower);
    }
}
