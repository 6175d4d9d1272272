namespace FactCheck.Entities;

/// <summary>A token of a sentence as the entity recognizer sees it.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the token (a kept abbreviation period included; a possessive excluded).</param>
/// <param name="Norm">Normalized form (<see cref="Gazetteer.Normalize"/>).</param>
/// <param name="IsWord">Letters (with inner apostrophes, hyphens or periods); otherwise a number or punctuation.</param>
/// <param name="IsCap">A word whose first letter is upper case.</param>
/// <param name="IsAllCaps">A word written in capitals only (two letters or more).</param>
/// <param name="Possessive">The word is followed by a possessive ('s or a bare apostrophe after s).</param>
/// <param name="Initial">The first word of a sentence or clause (after a quote mark, colon, bullet or sentence end).</param>
internal readonly record struct NameToken(int Start, int End, string Norm, bool IsWord, bool IsCap, bool IsAllCaps, bool Possessive, bool Initial)
{
    /// <summary>The punctuation character of a punctuation token, or '\0'.</summary>
    public char Punct => !IsWord && Norm.Length == 1 ? Norm[0] : '\0';
}

/// <summary>Splits one sentence into <see cref="NameToken"/>s in a single pass.</summary>
internal static class NameTokenizer
{
    // One shared string per ASCII punctuation mark, so punctuation tokens allocate nothing.
    private static readonly string[] AsciiChars = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public static List<NameToken> Tokenize(string text, int start, int end, Gazetteer gazetteer)
    {
        var tokens = new List<NameToken>(Math.Max(4, (end - start) / 5));
        Tokenize(text, start, end, tokens, SharedNormalizer.ForThisThread, gazetteer);
        return tokens;
    }

    /// <summary>Tokenizes <c>text[start..end)</c> into <paramref name="tokens"/>, which is cleared first (so a caller can reuse one list).</summary>
    public static void Tokenize(string text, int start, int end, List<NameToken> tokens, SharedNormalizer normalizer, Gazetteer gazetteer)
    {
        tokens.Clear();
        var initial = true;
        var i = start;
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
                i = ReadWord(text, i, end, initial, tokens, normalizer, gazetteer);
                initial = false;
                continue;
            }

            if (char.IsDigit(c))
            {
                var j = i;
                while (j < end && (char.IsDigit(text[j]) || ((text[j] is ',' or '.') && j + 1 < end && char.IsDigit(text[j + 1]))))
                {
                    j++;
                }

                tokens.Add(new NameToken(i, j, text[i..j], false, false, false, false, false));
                initial = false;
                i = j;
                continue;
            }

            var folded = Text.TextFolding.FoldChar(c);
            tokens.Add(new NameToken(i, i + 1, folded < AsciiChars.Length ? AsciiChars[folded] : folded.ToString(), false, false, false, false, false));
            // A new clause starts after a sentence end, a quote mark, a colon, a bullet or an opening bracket.
            if (folded is '.' or '!' or '?' or '"' or ':' or '(' or '[' or ';' or '\u2022' or '|' or '/')
            {
                initial = true;
            }
            else if (folded == '\'' && (tokens.Count < 2 || !tokens[^2].IsWord))
            {
                initial = true;
            }

            i++;
        }
    }

    private static int ReadWord(string text, int i, int end, bool initial, List<NameToken> tokens, SharedNormalizer normalizer, Gazetteer gazetteer)
    {
        var start = i;
        var j = i;
        var dotted = false;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                j++;
                continue;
            }

            // Inner hyphen or apostrophe (O'Neill, Jean-Luc) when a letter follows; possessives are handled below.
            if ((c is '-' or '\u2010' or '\u2011') && j + 1 < end && char.IsLetter(text[j + 1]))
            {
                j++;
                continue;
            }

            if (c is '\'' or '\u2019' && j + 1 < end && char.IsLetter(text[j + 1]) && !IsPossessiveS(text, j, end))
            {
                j++;
                continue;
            }

            // U.S., D.C.: a period between single letters.
            if (c == '.' && j + 2 < end && char.IsLetter(text[j + 1]) && text[j + 2] == '.' && j - start <= 2 + (dotted ? 2 : 0))
            {
                dotted = true;
                j += 2;
                continue;
            }

            break;
        }

        var wordEnd = j;
        var letters = wordEnd - start;
        if (j < end && text[j] == '.')
        {
            var bare = normalizer.Normalize(text.AsSpan(start, j - start));
            // Keep the period of initials (J.), dotted acronyms (U.S.) and known abbreviations (Sen.).
            if (dotted || (letters == 1 && char.IsUpper(text[start])) || gazetteer.Abbreviations.Contains(bare) || IsStateAbbreviation(text, start, j, normalizer, gazetteer))
            {
                j++;
            }
        }

        var possessive = false;
        var next = j;
        if (j < end && text[j] is '\'' or '\u2019')
        {
            if (IsPossessiveS(text, j, end))
            {
                possessive = true;
                next = j + 2;
            }
            else if (j > start && (text[j - 1] is 's' or 'S') && (j + 1 >= end || !char.IsLetter(text[j + 1])))
            {
                possessive = true;
                next = j + 1;
            }
        }

        if (TrySplitCompound(text, start, wordEnd, initial, tokens, normalizer, gazetteer))
        {
            return next;
        }

        var span = text.AsSpan(start, j - start);
        var isCap = char.IsUpper(text[start]) || (letters > 3 && text[start + 2] == '-' && char.IsUpper(text[start + 3]) && text[start] is 'a' or 'e');
        tokens.Add(new NameToken(start, j, normalizer.Normalize(span), true, isCap, Gazetteer.IsAllCaps(span), possessive, initial));
        return next;
    }

    // "Trump-Russia", "Austria-Hungary": a hyphenated pair of names where one part is a known place
    // or organization is two names, not one.
    private static bool TrySplitCompound(string text, int start, int end, bool initial, List<NameToken> tokens, SharedNormalizer normalizer, Gazetteer gazetteer)
    {
        var dash = text.IndexOf('-', start, end - start);
        if (dash < 0 || text.IndexOf('-', dash + 1, end - dash - 1) >= 0 || dash - start < 2 || end - dash < 3
            || !char.IsUpper(text[start]) || !char.IsUpper(text[dash + 1]))
        {
            return false;
        }

        var left = normalizer.Normalize(text.AsSpan(start, dash - start));
        var right = normalizer.Normalize(text.AsSpan(dash + 1, end - dash - 1));
        if (!IsKnown(left) && !IsKnown(right))
        {
            return false;
        }

        tokens.Add(new NameToken(start, dash, left, true, true, Gazetteer.IsAllCaps(text.AsSpan(start, dash - start)), false, initial));
        tokens.Add(new NameToken(dash, dash + 1, "-", false, false, false, false, false));
        tokens.Add(new NameToken(dash + 1, end, right, true, true, Gazetteer.IsAllCaps(text.AsSpan(dash + 1, end - dash - 1)), false, false));
        return true;

        bool IsKnown(string part) => gazetteer.Places.ContainsKey(part) || gazetteer.Organizations.ContainsKey(part);
    }

    private static bool IsPossessiveS(string text, int j, int end) =>
        j + 1 < end && text[j + 1] is 's' or 'S' && (j + 2 >= end || !char.IsLetter(text[j + 2]));

    private static bool IsStateAbbreviation(string text, int start, int end, SharedNormalizer normalizer, Gazetteer gazetteer)
    {
        // "D-Minn." and "Calif.": keep the period of an AP state abbreviation.
        var dash = text.AsSpan(start, end - start).LastIndexOf('-');
        var word = dash >= 0 ? text.AsSpan(start + dash + 1, end - start - dash - 1) : text.AsSpan(start, end - start);
        if (!((dash >= 0 || word.Length >= 3) && word.Length is >= 2 and <= 5 && char.IsUpper(word[0])))
        {
            return false;
        }

        var norm = normalizer.Normalize(word);
        return gazetteer.StateCodes.ContainsKey(norm) && !gazetteer.Places.ContainsKey(norm);
    }
}
