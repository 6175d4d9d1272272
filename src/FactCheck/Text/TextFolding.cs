using System.Globalization;
using System.Text;

namespace FactCheck.Text;

/// <summary>Folds text for matching: lower case, no accents, straight quotes and plain hyphens.</summary>
public static class TextFolding
{
    /// <summary>
    /// Returns the folded form of <paramref name="text"/>: invariant lower case, diacritics removed,
    /// curly quotes made straight, dashes made hyphens. Non-Latin letters are kept (lower-cased).
    /// The result may be shorter than the input (combining marks are dropped).
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsAsciiFolded(text))
        {
            return text;
        }

        // Most text is ASCII plus typographic quotes and dashes, none of which decompose: fold char by char
        // without the (costly) Unicode normalization; the result is the same.
        if (IsSimple(text))
        {
            return string.Create(text.Length, text, static (dest, src) =>
            {
                for (var i = 0; i < src.Length; i++)
                {
                    dest[i] = FoldChar(src[i]);
                }
            });
        }

        var decomposed = Decompose(text);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(FoldChar(c));
        }

        return sb.ToString();
    }

    /// <summary>As <see cref="Fold(string)"/> for a span; always returns a new string.</summary>
    internal static string FoldSpan(ReadOnlySpan<char> text)
    {
        // The common simple case folds char by char straight into the result; anything else is folded run by run.
        if (!IsSimple(text))
        {
            return FoldByRuns(text) ?? Fold(text.ToString());
        }

        return string.Create(text.Length, text, static (dest, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                dest[i] = FoldChar(src[i]);
            }
        });
    }

    /// <summary>
    /// <see cref="Fold(string)"/> of a text holding other than simple characters, normalizing only the runs of
    /// those (a line with one accented name is not decomposed whole). Canonical decomposition can be cut before and
    /// after every simple character, since each is a starter without decomposition, so the result is the same.
    /// Null when the normalizer refuses a run: the caller then takes the whole-text path, which handles that.
    /// </summary>
    private static string? FoldByRuns(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (IsSimpleChar(text[i]))
            {
                sb.Append(FoldChar(text[i]));
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !IsSimpleChar(text[i]))
            {
                i++;
            }

            var decomposed = i - start == 1 ? DecomposeOne(text[start]) : TryDecompose(text[start..i].ToString());
            if (decomposed is null)
            {
                return null;
            }

            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    sb.Append(FoldChar(c));
                }
            }
        }

        return sb.ToString();
    }

    // Decompositions of single characters (the usual run: one accented letter or symbol), computed once each.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<char, string?> SingleDecompositions = new();

    private static string? DecomposeOne(char c) =>
        SingleDecompositions.TryGetValue(c, out var d) ? d : SingleDecompositions.GetOrAdd(c, static c => TryDecompose(c.ToString()));

    /// <summary>As <see cref="Decompose"/>, but null where that falls back to the undecomposed text.</summary>
    private static string? TryDecompose(string text)
    {
        try
        {
            return ReplaceInvalid(text).Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Folds a text of only simple characters into <paramref name="destination"/> (as long as the text); false, writing nothing useful, otherwise.</summary>
    internal static bool TryFoldSimple(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (!IsSimple(text))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = FoldChar(text[i]);
        }

        return true;
    }

    /// <summary>Folds one character (no decomposition): lower case, straight quotes, plain hyphen.</summary>
    public static char FoldChar(char c) =>
        // ASCII answered directly: only A-Z change case there, and char.ToLowerInvariant is far slower than this test.
        c <= 0x7F ? (c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c == '`' ? '\'' : c) : c switch
        {
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
            '\u00A0' or '\u2009' or '\u202F' => ' ',
            _ => char.ToLowerInvariant(c),
        };

    /// <summary>Canonical decomposition that never throws: scraped text holds what Normalize rejects.</summary>
    private static string Decompose(string text)
    {
        // Normalize throws on lone surrogates and on noncharacters such as U+FFFE; replace those with U+FFFD first.
        var clean = ReplaceInvalid(text);
        try
        {
            return clean.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // Anything else the normalizer refuses: fold without decomposition (accents then stay, offsets are unaffected).
            return clean;
        }
    }

    private static string ReplaceInvalid(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || c is >= '\uFDD0' and <= '\uFDEF')
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }

        return copy is null ? text : new string(copy);
    }

    /// <summary>Whether every character is ASCII or one of the punctuation marks <see cref="FoldChar"/> maps (no canonical decomposition, no marks).</summary>
    private static bool IsSimple(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsSimpleChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSimpleChar(char c) =>
        c <= 0x7F || c is '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033'
            or '\u00AB' or '\u00BB' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u00A0' or '\u2009' or '\u202F' or '\u2026';

    private static bool IsAsciiFolded(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F || c is >= 'A' and <= 'Z' || c == '`')
            {
                return false;
            }
        }

        return true;
    }
}
