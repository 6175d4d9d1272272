using FuzzySharp;

namespace FactCheck.Entities;

/// <summary>How two spellings of a name relate.</summary>
internal enum VariantKind
{
    /// <summary>Not variants of one name.</summary>
    None,
    /// <summary>One letter inserted, dropped or two neighbours swapped: a likely misspelling.</summary>
    Misspelling,
    /// <summary>Equal up to transliteration conventions (doubled letters, q/g/k at the start, ph/f, y/i...).</summary>
    Transliteration,
}

/// <summary>Decides whether two folded surnames are spellings of one name. Pure functions; thread-safe.</summary>
internal static class NameVariants
{
    /// <summary>Folded names shorter than this are never fuzzily matched (Cohn/Cohen, Bush/Busch are different people).</summary>
    public const int MinLength = 5;

    /// <summary>The relation between two folded surnames (lower case, no accents).</summary>
    /// <param name="a">One folded surname.</param>
    /// <param name="b">The other.</param>
    /// <param name="sameGivenName">Both are used with the same given name, which makes a short-name slip credible.</param>
    public static VariantKind Classify(string a, string b, bool sameGivenName = false)
    {
        if (string.Equals(a, b, StringComparison.Ordinal) || a.Length < MinLength || b.Length < MinLength)
        {
            return VariantKind.None;
        }

        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return VariantKind.None;
        }

        var shorter = Math.Min(a.Length, b.Length);
        var kind = SingleEdit(a, b);
        var transliteration = kind != EditKind.Transposition && string.Equals(Transliterate(a), Transliterate(b), StringComparison.Ordinal);
        if (kind is EditKind.Other or EditKind.None && !transliteration)
        {
            return VariantKind.None;
        }

        // FuzzySharp confirms the similarity (it is case-sensitive, so both sides come folded).
        if (Fuzz.Ratio(a, b) < 80)
        {
            return VariantKind.None;
        }

        // A swap of neighbours is a slip of the keyboard even where transliteration would also explain it.
        if (transliteration)
        {
            return VariantKind.Transliteration;
        }

        return kind switch
        {
            // Swapped neighbours keep the letters: safe from length 5.
            EditKind.Transposition => VariantKind.Misspelling,
            // An extra letter: from length 6, and never a trailing "s" (plural or possessive).
            EditKind.Indel when (shorter >= 6 || sameGivenName) && !TrailingS(a, b) => VariantKind.Misspelling,
            _ => VariantKind.None,
        };
    }

    /// <summary>Whether two folded spellings of equal length differ in exactly one letter and both letters are vowels.</summary>
    public static bool IsVowelSubstitution(string a, string b)
    {
        if (!IsSubstitution(a, b))
        {
            return false;
        }

        for (var i = 1; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return "aeiou".Contains(a[i], StringComparison.Ordinal) && "aeiou".Contains(b[i], StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two folded surnames differ by one replaced letter, not the first ("balan" / "balen"). Such a pair is
    /// as often two real names (Hansen / Hanson) as a slip, so it is a misspelling only with more evidence.
    /// </summary>
    public static bool IsSubstitution(string a, string b)
    {
        if (a.Length != b.Length || a.Length < MinLength || a[0] != b[0])
        {
            return false;
        }

        var diff = 0;
        for (var i = 1; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                if (!char.IsLetter(a[i]) || !char.IsLetter(b[i]) || ++diff > 1)
                {
                    return false;
                }
            }
        }

        return diff == 1 && Fuzz.Ratio(a, b) >= 80;
    }

    /// <summary>A key equal for spellings that differ only by transliteration conventions.</summary>
    public static string Transliterate(string folded)
    {
        var s = folded.Replace("ph", "f", StringComparison.Ordinal)
            .Replace("kh", "k", StringComparison.Ordinal)
            .Replace("dh", "d", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal);
        var chars = new List<char>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i] switch
            {
                'y' or 'j' => 'i',
                'q' => 'k',
                'g' when i == 0 => 'k',
                var other => other,
            };
            if (chars.Count > 0 && chars[^1] == c)
            {
                continue;
            }

            chars.Add(c);
        }

        return new string([.. chars]);
    }

    private enum EditKind
    {
        None,
        Indel,
        Transposition,
        Other,
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> differ by exactly one insertion/deletion or one adjacent swap.</summary>
    private static EditKind SingleEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) == 1)
        {
            var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
            var i = 0;
            while (i < shorter.Length && longer[i] == shorter[i])
            {
                i++;
            }

            return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i)) ? EditKind.Indel : EditKind.Other;
        }

        if (a.Length != b.Length)
        {
            return EditKind.Other;
        }

        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                first = i;
                break;
            }
        }

        if (first < 0 || first + 1 >= a.Length)
        {
            return EditKind.Other;
        }

        return a[first] == b[first + 1] && a[first + 1] == b[first] && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2))
            ? EditKind.Transposition
            : EditKind.Other;
    }

    private static bool TrailingS(string a, string b)
    {
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer[^1] == 's' && longer.StartsWith(shorter, StringComparison.Ordinal);
    }
}
