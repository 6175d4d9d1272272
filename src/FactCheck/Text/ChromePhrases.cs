using System.Collections.Frozen;

namespace FactCheck.Text;

/// <summary>The chrome phrase list (<c>Text/Data/chrome-phrases.txt</c>) and its matcher.</summary>
internal static class ChromePhrases
{
    private static readonly Entry[] Entries = Load();
    private static readonly FrozenDictionary<string, string> Months = WordLists.Map("Ingestion", "months");
    private static readonly FrozenSet<string> Weekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The reason of the first phrase matching the normalized line, or null.</summary>
    /// <param name="norm">The line folded, without bullets, whitespace collapsed.</param>
    /// <param name="exact">The same without trailing <c>. : , ; !</c>.</param>
    public static string? Match(string norm, string exact)
    {
        foreach (var e in Entries)
        {
            var hit = e.Mode switch
            {
                '=' => string.Equals(exact, e.Phrase, StringComparison.Ordinal),
                '^' => StartsWithWord(norm, e.Phrase),
                '~' => ContainsWord(norm, e.Phrase),
                ':' => StartsWithWord(norm, e.Phrase) && norm.EndsWith(':'),
                '@' => StartsWithWord(norm, e.Phrase) && HasDateOrTime(norm),
                _ => false,
            };
            if (hit)
            {
                return e.Reason;
            }
        }

        return null;
    }

    /// <summary>Whether the folded text holds a clock time (9:30), an ISO or numeric date, or a month name before a number.</summary>
    public static bool HasDateOrTime(string norm)
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

        var words = norm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var w = words[i].TrimEnd('.', ',');
            if (Months.ContainsKey(w) && char.IsDigit(words[i + 1][0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the folded word is a month or weekday name.</summary>
    public static bool IsCalendarWord(string folded)
    {
        var w = folded.TrimEnd('.', ',');
        return Months.ContainsKey(w) || Weekdays.Contains(w);
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

    private static Entry[] Load()
    {
        var list = new List<Entry>();
        foreach (var line in WordLists.Lines("Text", "chrome-phrases"))
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
}
