using System.Buffers;
using System.Collections.Frozen;
using FactCheck.Languages;

namespace FactCheck.Text;

/// <summary>The chrome phrase list (<c>chrome-phrases</c> of the language pack) and its matcher; one per pack.</summary>
internal sealed class ChromePhrases
{
    // Span lookups: words of a line are looked up without cutting them out as strings.
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _monthsBySpan;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _weekdaysBySpan;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exactBySpan;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _prefixBySpan;
    private readonly Entry[] _containsEntries;

    // One vectorized pass tells whether a line holds any contained phrase at all; most lines hold none.
    private readonly SearchValues<string> _anyContained;

    private ChromePhrases(LanguagePack pack)
    {
        var entries = Load(pack);
        _monthsBySpan = pack.Map("months", "text").GetAlternateLookup<ReadOnlySpan<char>>();

        // Full weekday names: the longest name of each day ("wednesday", not "wed").
        _weekdaysBySpan = pack.Map("weekdays", "text").GroupBy(kv => kv.Value, StringComparer.Ordinal)
            .Select(g => g.MaxBy(kv => kv.Key.Length).Key.ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _exactBySpan = entries
            .Where(e => e.Mode == '=').GroupBy(e => e.Phrase, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Reason, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixBySpan = entries
            .Where(e => e.Mode is '^' or ':' or '@').GroupBy(e => LeadKey(e.Phrase).ToString(), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _containsEntries = entries.Where(e => e.Mode == '~').ToArray();
        _anyContained = SearchValues.Create(_containsEntries.Select(e => e.Phrase).ToArray(), StringComparison.Ordinal);
    }

    /// <summary>Lower-case words and marks allowed inside a capitalized label (<c>label-connectors</c>), built once per pack.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors(LanguagePack pack) =>
        pack.Lexicon(static p => new LabelConnectors(p.Lines("label-connectors", "text").ToFrozenSet(StringComparer.Ordinal))).Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pack's chrome phrases (built once per pack).</summary>
    public static ChromePhrases For(LanguagePack pack) => pack.Lexicon(static p => new ChromePhrases(p));

    /// <summary>The reason of the first phrase matching the normalized line, or null.</summary>
    /// <param name="norm">The line folded, without bullets, whitespace collapsed.</param>
    /// <param name="exact">The same without trailing <c>. : , ; !</c>.</param>
    public string? Match(string norm, ReadOnlySpan<char> exact)
    {
        // Exact and prefix phrases are looked up by the line's leading word, so the cost does not grow with the list.
        if (_exactBySpan.TryGetValue(exact, out var reason))
        {
            return reason;
        }

        if (_prefixBySpan.TryGetValue(LeadKey(norm), out var candidates))
        {
            foreach (var e in candidates)
            {
                var hit = e.Mode switch
                {
                    '^' => StartsWithWord(norm, e.Phrase),
                    ':' => StartsWithWord(norm, e.Phrase) && norm.EndsWith(':'),
                    _ => StartsWithWord(norm, e.Phrase) && HasDateOrTime(norm),
                };
                if (hit)
                {
                    return e.Reason;
                }
            }
        }

        if (norm.AsSpan().IndexOfAny(_anyContained) < 0)
        {
            return null;
        }

        foreach (var e in _containsEntries)
        {
            if (ContainsWord(norm, e.Phrase))
            {
                return e.Reason;
            }
        }

        return null;
    }

    /// <summary>The leading run of letters and digits (or the first character when it is neither).</summary>
    private static ReadOnlySpan<char> LeadKey(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && char.IsLetterOrDigit(s[i]))
        {
            i++;
        }

        return i > 0 ? s[..i] : s.Length > 0 ? s[..1] : [];
    }

    /// <summary>Whether the folded text holds a clock time (9:30), an ISO or numeric date, or a month name before a number.</summary>
    public bool HasDateOrTime(ReadOnlySpan<char> norm)
    {
        for (var i = 0; i + 3 < norm.Length; i++)
        {
            if (char.IsDigit(norm[i]) && norm[i + 1] == ':' && char.IsDigit(norm[i + 2]) && char.IsDigit(norm[i + 3]))
            {
                return true;
            }

            if (char.IsDigit(norm[i]) && norm[i + 1] is '-' or '/' && char.IsDigit(norm[i + 2]) && (i == 0 || !char.IsLetter(norm[i - 1])))
            {
                return true;
            }
        }

        // A month name (trailing "." or "," aside) followed by a word starting with a digit; empty words between spaces do not count.
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in norm.Split(' '))
        {
            var word = norm[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!previous.IsEmpty && char.IsDigit(word[0]) && _monthsBySpan.ContainsKey(previous.TrimEnd(".,")))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    /// <summary>Whether the folded word is a month or weekday name.</summary>
    public bool IsCalendarWord(ReadOnlySpan<char> folded)
    {
        var w = folded.TrimEnd(".,");
        return _monthsBySpan.ContainsKey(w) || _weekdaysBySpan.Contains(w);
    }

    private static bool StartsWithWord(string norm, string phrase) =>
        norm.StartsWith(phrase, StringComparison.Ordinal) && (norm.Length == phrase.Length || !char.IsLetterOrDigit(phrase[^1]) || !char.IsLetterOrDigit(norm[phrase.Length]));

    private static bool ContainsWord(string norm, string phrase)
    {
        var from = 0;
        while (from <= norm.Length - phrase.Length)
        {
            var i = norm.IndexOf(phrase, from, StringComparison.Ordinal);
            if (i < 0)
            {
                return false;
            }

            var beforeOk = i == 0 || !char.IsLetterOrDigit(norm[i - 1]) || !char.IsLetterOrDigit(phrase[0]);
            var end = i + phrase.Length;
            var afterOk = end == norm.Length || !char.IsLetterOrDigit(norm[end]) || !char.IsLetterOrDigit(phrase[^1]);
            if (beforeOk && afterOk)
            {
                return true;
            }

            from = i + 1;
        }

        return false;
    }

    private static Entry[] Load(LanguagePack pack)
    {
        var list = new List<Entry>();
        foreach (var line in pack.Lines("chrome-phrases", "text"))
        {
            var mode = line[0];
            var body = line[1..];
            var reason = "chrome-phrase";
            var bar = body.LastIndexOf(" => ", StringComparison.Ordinal);
            if (bar >= 0)
            {
                reason = body[(bar + 4)..].Trim();
                body = body[..bar];
            }

            if (mode is '=' or '^' or '~' or ':' or '@')
            {
                list.Add(new Entry(mode, TextFolding.Fold(body.Trim()), reason));
            }
        }

        return [.. list];
    }

    private sealed record Entry(char Mode, string Phrase, string Reason);

    private sealed record LabelConnectors(FrozenSet<string> Words);
}
