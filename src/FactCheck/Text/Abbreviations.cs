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

/// <summary>The abbreviation and sentence-opener lists (<c>abbreviations</c>, <c>sentence-starters</c> of the language pack); one per pack.</summary>
internal sealed class Abbreviations
{
    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _known;

    private Abbreviations(LanguagePack pack)
    {
        _known = Load(pack).GetAlternateLookup<ReadOnlySpan<char>>();
        Starters = pack.Lines("sentence-starters", "text").ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Words that typically open a sentence (case-sensitive).</summary>
    public FrozenSet<string> Starters { get; }

    /// <summary>The pack's abbreviations (built once per pack).</summary>
    public static Abbreviations For(LanguagePack pack) => pack.Lexicon(static p => new Abbreviations(p));

    /// <summary>Classifies the word written right before a period (without that period).</summary>
    public AbbreviationKind Classify(ReadOnlySpan<char> word)
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

        return _known.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;
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

    private static FrozenDictionary<string, AbbreviationKind> Load(LanguagePack pack)
    {
        var map = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var line in pack.Lines("abbreviations", "text"))
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
