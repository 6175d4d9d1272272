namespace FactCheck.Time;

/// <content>Rules for references to the present, past and future, recurring times, and periods named earlier in the text.</content>
internal sealed partial class TimeScanner
{
    /// <summary>The name of the rule that joins "from X to Y" and "between X and Y".</summary>
    private const string RangeRule = "range";

    /// <summary>The name of the rule that joins a clock time and the day after it ("10 p.m. Wednesday").</summary>
    private const string ClockDayRule = "clock-with-day";

    /// <summary>"now", "currently", "the past", "the near future": the present, past or future as a whole.</summary>
    private Match? ReferenceWord(int i)
    {
        var end = PhraseAt(i, _lx.ReferencePhrases);
        if (end < 0)
        {
            return null;
        }

        // "the past two years", "the current year": the word modifies a period another rule reads.
        var next = W(end);
        if (UnitAt(end) is not null || (end < _t.Count && _t[end].IsNumber) || (next is not ("a" or "an") && _lx.Numbers.ContainsKey(next)))
        {
            return null;
        }

        var phrase = string.Join(' ', Enumerable.Range(i, end - i).Select(L));
        return _lx.ReferenceWords.TryGetValue(phrase, out var value)
            ? new Match(i, end, new TimeSpec(SpecKind.Reference) { Value = value })
            : null;
    }

    /// <summary>Recurring times: "daily", "every week", "every two years", "each Thursday", "every July", "every spring".</summary>
    private Match? SetLed(int i)
    {
        var w = W(i);
        if (_lx.SetWords.TryGetValue(w, out var value))
        {
            // "the Communist Party daily", "a weekly magazine": a publication, not a recurring time.
            var noun = Determiners.Contains(W(i - 1)) || (i > 0 && _t[i - 1].IsWord && Cap(i - 1) && !IsBoundary(i - 1) && i - 1 > 0);
            return noun ? null : new Match(i, i + 1, new TimeSpec(SpecKind.Set) { Value = value });
        }

        if (w is not ("every" or "each"))
        {
            return null;
        }

        var j = i + 1;
        var count = "1";
        if (W(j) == "other")
        {
            count = "2";
            j++;
        }
        else if (W(j) is not ("a" or "an") && CountAt(j, out var afterCount) is { } c && c != "X")
        {
            count = c;
            j = afterCount;
        }

        if (UnitAt(j) is { } unit && unit is not "Q" && (count == "1") == !W(j).EndsWith('s'))
        {
            var spec = Duration(count, unit == "WE" ? "W" : unit) with { Kind = SpecKind.Set };
            return new Match(i, j + 1, unit == "WE" ? spec with { Value = "XXXX-WXX-WE" } : spec);
        }

        if (count != "1")
        {
            return null;
        }

        if (WeekdayAt(j, out var k) is { } weekday)
        {
            var pod = _lx.PartsOfDay.TryGetValue(W(k), out var p) ? p : null;
            return new Match(i, pod is null ? k : k + 1, new TimeSpec(SpecKind.Set) { Weekday = weekday, PartOfDay = pod });
        }

        if (MonthAt(j, out var afterMonth) is { } month)
        {
            return new Match(i, afterMonth, new TimeSpec(SpecKind.Set) { Month = month });
        }

        if (_lx.Seasons.TryGetValue(W(j), out var season))
        {
            return new Match(i, j + 1, new TimeSpec(SpecKind.Set) { Season = season });
        }

        if (_lx.PartsOfDay.TryGetValue(W(j), out var part))
        {
            return new Match(i, j + 1, new TimeSpec(SpecKind.Set) { PartOfDay = part });
        }

        return null;
    }

    /// <summary>
    /// "the quarter", "the latest quarter", "the year-earlier period", "year-ago": the period the text last named (in
    /// earnings news, the quarter being reported), or that period a year before.
    /// </summary>
    private Match? PeriodReference(int i)
    {
        var w = W(i);
        if (w == "year")
        {
            // "year-earlier results": a year before the period last named; with "quarter"/"period" after it the noun leads.
            if (!(Punct(i + 1, '-') && Adjacent(i + 1) && Adjacent(i + 2) && W(i + 2) is "earlier" or "ago") || W(i + 3) is "quarter" or "period")
            {
                return null;
            }

            return new Match(i, i + 3, new TimeSpec(SpecKind.EventRelative) { Unit = "Y", Offset = -1, Count = "1", FromLastMention = true });
        }

        if (w is not ("quarter" or "period") || L(i + 1) == "'s")
        {
            return null;
        }

        var k = i - 1;
        var offset = 0;
        var modified = false;
        if (W(k) is "earlier" or "ago" && Punct(k - 1, '-') && Adjacent(k) && Adjacent(k - 1) && W(k - 2) == "year")
        {
            offset = -1;
            modified = true;
            k -= 3;
        }

        var latest = false;
        foreach (var p in _lx.PeriodReferences)
        {
            if (EndsAt(k, p))
            {
                modified = true;
                latest = p[^1] is "latest" or "recent";
                k -= p.Length;
                break;
            }
        }

        // "the period" alone is too vague; "the quarter" in a report is the quarter it reports on.
        if (W(k) != "the" || (w == "period" && !modified) || W(i + 1) == "of")
        {
            return null;
        }

        // "the latest quarter" is the last one completed before the publication date, whatever the text named before.
        return new Match(k, i + 1, new TimeSpec(SpecKind.Quarter) { Offset = offset, Unit = "Y", FromLastMention = !latest });
    }

    /// <summary>Whether the words <paramref name="phrase"/> end at token <paramref name="last"/>.</summary>
    private bool EndsAt(int last, string[] phrase)
    {
        var first = last - phrase.Length + 1;
        if (first < 0)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(W(first + k), phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where a duration starting at <paramref name="i"/> begins once its modifier ("nearly", "more than") is taken in.</summary>
    private int DurationLead(int i)
    {
        foreach (var p in _lx.DurationModifiers)
        {
            if (EndsAt(i - 1, p))
            {
                return i - p.Length;
            }
        }

        return i;
    }

    /// <summary>Joins a clock time and the day right after it ("10 p.m. Wednesday", "5 p.m. EST, Nov. 6") into one expression.</summary>
    private void MergeClockAndDay(List<(int From, int To, TimeSpec Spec, string Rule)> found)
    {
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var (from1, to1, s1, _) = found[k];
            var (from2, to2, s2, _) = found[k + 1];
            if (s1.Kind != SpecKind.Clock || !(from2 == to1 || (from2 == to1 + 1 && Punct(to1, ','))))
            {
                continue;
            }

            var day = s2.Kind is SpecKind.Weekday || (s2.Kind == SpecKind.Date && s2.Day is not null)
                || (s2.Kind == SpecKind.Relative && s2.Unit == "D" && s2.Count is null);
            if (!day || s2.Hour is not null)
            {
                continue;
            }

            found[k] = (from1, to2, s2 with { Hour = s1.Hour, Minute = s1.Minute, PartOfDay = null }, ClockDayRule);
            found.RemoveAt(k + 1);
        }
    }
}
