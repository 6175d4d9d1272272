namespace FactCheck.Time;

/// <summary>
/// Recognizes time expressions in text and normalizes them against an anchor date. Stateless and
/// thread-safe; the word lists are shared, read-only data.
/// </summary>
internal static class TimeExpressionRecognizer
{
    private const int NeighbourWindow = 6;

    /// <summary>Recognizes and normalizes the time expressions of <paramref name="text"/> (one region, no sentence split).</summary>
    /// <param name="text">Any text.</param>
    /// <param name="anchor">The date relative expressions count from (the publication date), or null.</param>
    /// <param name="documentId">Id to put in the results.</param>
    /// <param name="lexicon">The words to read; default the English pack's.</param>
    public static IReadOnlyList<TimeExpression> Recognize(string text, DateOnly? anchor, string documentId = "", TimeLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<TimeMention>();
        TimeScanner.Scan(lexicon ?? TimeLexicon.Default, text, 0, text.Length, 0, mentions);
        return Resolve(documentId, text, mentions, anchor);
    }

    /// <summary>The unanchored expressions of a document: over its sentences, else its kept regions, else its whole text.</summary>
    public static IReadOnlyList<TimeMention> Mentions(AnalyzedDocument document) => Mentions(document, TimeLexicon.Default);

    /// <summary>The unanchored expressions of a document, read with <paramref name="lexicon"/>.</summary>
    public static IReadOnlyList<TimeMention> Mentions(AnalyzedDocument document, TimeLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var mentions = new List<TimeMention>();
        if (document.Sentences.Count > 0)
        {
            foreach (var s in document.Sentences)
            {
                TimeScanner.Scan(lexicon, text, Math.Clamp(s.Start, 0, text.Length), Math.Clamp(s.End, 0, text.Length), s.Index, mentions);
            }
        }
        else if (document.Regions.Count > 0)
        {
            for (var i = 0; i < document.Regions.Count; i++)
            {
                var r = document.Regions[i];
                TimeScanner.Scan(lexicon, text, Math.Clamp(r.Start, 0, text.Length), Math.Clamp(r.End, 0, text.Length), i, mentions);
            }
        }
        else
        {
            TimeScanner.Scan(lexicon, text, 0, text.Length, 0, mentions);
        }

        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return mentions;
    }

    /// <summary>
    /// Anchors <paramref name="mentions"/> on <paramref name="anchor"/>; clock times take the day named in the same sentence;
    /// "the quarter", "a year earlier" count from the period the text named last (HeidelTime's reference time).
    /// </summary>
    public static IReadOnlyList<TimeExpression> Resolve(string documentId, string text, IReadOnlyList<TimeMention> mentions, DateOnly? anchor)
    {
        var result = new List<(TimeMention Mention, TimeExpression Expression)>(mentions.Count);
        (string Value, int Region)? lastQuarter = null;
        (string Value, int Region)? lastDate = null;
        foreach (var m in mentions)
        {
            if (TimeResolver.Resolve(m.Spec, anchor, m.Tense) is not { } v)
            {
                continue;
            }

            var value = FromLastMention(m, v.Value, lastQuarter, lastDate) ?? v.Value;
            var type = m.Spec.Kind == SpecKind.Set ? TimeExpressionType.Set : TimeExpressionTypes.FromValue(value);
            result.Add((m, new TimeExpression(documentId, text[m.Start..m.End], m.Start, m.End, value, v.Granularity) { Type = type }));
            // Only a quarter the text names itself becomes the reference, not one counted back from it.
            if (IsQuarter(value) && m.Spec.Kind == SpecKind.Quarter && (m.Spec.Quarter is not null || m.Spec.Offset == 0))
            {
                lastQuarter = (value, m.Region);
            }

            if (type == TimeExpressionType.Date && value.Length >= 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[3]) && !value.Contains('/', StringComparison.Ordinal))
            {
                lastDate = (value, m.Region);
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            var (m, e) = result[i];
            if (m.Spec.Kind != SpecKind.Clock)
            {
                continue;
            }

            TimeExpression? day = null;
            var best = int.MaxValue;
            // Only near neighbours in the same sentence, so the pass stays linear.
            for (var k = Math.Max(0, i - NeighbourWindow); k < Math.Min(result.Count, i + NeighbourWindow + 1); k++)
            {
                var (other, oe) = result[k];
                if (other.Region == m.Region && oe.Granularity is TimeGranularity.Day or TimeGranularity.PartOfDay)
                {
                    var distance = Math.Abs(other.Start - m.Start);
                    if (distance < best)
                    {
                        best = distance;
                        day = oe;
                    }
                }
            }

            if (day is not null)
            {
                result[i] = (m, e with { Value = day.Value[..10] + e.Value[10..] });
            }
        }

        return result.Select(r => r.Expression).ToArray();
    }

    private static bool IsQuarter(string value) => value.Length == 7 && value[4] == '-' && value[5] == 'Q' && char.IsAsciiDigit(value[6]);

    /// <summary>The value of an expression that counts from the period named before it, or null to keep its own value.</summary>
    private static string? FromLastMention(TimeMention m, string own, (string Value, int Region)? lastQuarter, (string Value, int Region)? lastDate)
    {
        var s = m.Spec;

        // "the quarter", "the year-earlier quarter": the quarter last named, shifted by whole years.
        if (s.Kind == SpecKind.Quarter && s.Quarter is null && s.FromLastMention && lastQuarter is { } q)
        {
            return TimeResolver.Shift(q.Value, "Y", s.Offset);
        }

        // "a year ago" just after a quarter (same or previous sentence): that quarter a year before ("profit rose in the
        // third quarter from a year ago").
        if (s.Kind == SpecKind.Relative && s.Unit == "Y" && s.Count is "1" && s.Offset == -1 && lastQuarter is { } rq && rq.Region >= m.Region - 1)
        {
            return TimeResolver.Shift(rq.Value, "Y", -1);
        }

        // "a year earlier", "two days later", "year-earlier": the date last named (in this or the previous sentence) shifted.
        if (s.Kind == SpecKind.EventRelative && s.FromLastMention && s.Base is null && s.Count is { } count && count != "X" && s.Unit is { } unit)
        {
            var reference = lastQuarter is { } lq && lq.Region >= m.Region - 1 && unit == "Y" ? lq : lastDate;
            if (reference is { } r && r.Region >= m.Region - 1 && TimeResolver.Shift(r.Value, unit, s.Offset) is { } shifted)
            {
                return shifted;
            }
        }

        return null;
    }
}
