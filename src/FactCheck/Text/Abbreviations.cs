using System.Collections.Frozen;
using FactCheck.Languages;

namespace FactCheck.Text;

/// <summary>How an abbreviation's period behaves at a possible sentence end.</summary>
internal enum AbbreviationKind
{
    /// <summary>Not an abbreviation.</summary>
    None,
    /// <summary>Never ends a sentence (titles, initials).</summary>
    Never,
    /// <summary>Ends a sentence only before a typical sentence opener.</summary>
    Ambiguous,
}

/// <summary>The abbreviation and sentence-opener lists (<c>Text/Data/abbreviations.txt</c>, <c>sentence-starters.txt</c>).</summary>
internal static class Abbreviations
{
    private static readonly FrozenDictionary<string, AbbreviationKind> Known = Load();

    /// <summary>Words that typically open a sentence (case-sensitive).</summary>
    public static FrozenSet<string> Starters { get; } = LanguagePack.English.Lines("sentence-starters", "text").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Classifies the word written right before a period (without that period).</summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return AbbreviationKind.None;
        }

        // Party-state tags: "R-Tex" is judged by "Tex".
        var hyphen = word.LastIndexOf('-');
        if (hyphen >= 0 && hyphen < word.Length - 1)
        {
            word = word[(hyphen + 1)..];
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return AbbreviationKind.Never; // a middle initial: "Ada K. Brand"
        }

        if (word.Contains('.'))
        {
            return IsInitialism(word) ? AbbreviationKind.Ambiguous : AbbreviationKind.None;
        }

        return Known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;
    }

    /// <summary>Single letters separated by periods: "U.S", "D.C", "a.m", "W.Va" counts via its parts.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('.'))
        {
            var part = word[range];
            if (part.Length == 0 || part.Length > 2 || !char.IsLetter(part[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<string, AbbreviationKind> Load()
    {
        var map = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var line in LanguagePack.English.Lines("abbreviations", "text"))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var kind = line[(eq + 1)..].Trim() switch
            {
                "never" => AbbreviationKind.Never,
                "ambiguous" => AbbreviationKind.Ambiguous,
                var other => throw new InvalidOperationException($"abbreviations.txt: unknown kind '{other}'."),
            };
            map[line[..eq].Trim().TrimEnd('.')] = kind;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
