using System.Globalization;
using System.Text;
using FactCheck.Reporting;

namespace FactCheck.Demo;

/// <summary>
/// The readable console summary: the counts, then the findings by severity with their evidence, then documents,
/// entities and shared facts, and the terms used, explained once. Every text that
/// comes from the input goes through <see cref="S"/>, so control characters are shown as escapes, never sent to the terminal.
/// </summary>
internal static class SummaryPrinter
{

    public static void Print(ConsistencyReport report, TextWriter output, ConsoleStyle style)
    {
        var sb = new StringBuilder();
        var docs = report.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var labelled = report.Documents.Where(d => !string.IsNullOrWhiteSpace(d.Outlet)).OrderByDescending(d => d.Id.Length).ToList();
        string Describe(string summary) => labelled.Aggregate(summary, (s, d) => s.Replace(d.Id, d.Outlet!, StringComparison.Ordinal));
        string Label(string id) => S(docs.TryGetValue(id, out var d) && d.Outlet is not null ? d.Outlet : id);
        var names = report.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => S(g.First().Name), StringComparer.Ordinal);

        int Count(Severity s) => report.Findings.Count(f => f.Severity == s);
        sb.AppendLine(style.Bold(I($"FactCheck: {Plural(report.Findings.Count, "finding")} in {Plural(report.Documents.Count, "article")}")) + style.Dim(I($" ({Plural(report.Entities.Count, "entity", "entities")} and {Plural(report.Facts.Count, "aligned fact")} compared)")))
          .AppendLine(I($"  {style.Red(Plural(Count(Severity.Contradiction), "contradiction"))}, {style.Yellow(Plural(Count(Severity.Difference), "difference"))}, {style.Blue(Plural(Count(Severity.Note), "note"))}"))
          .AppendLine();

        foreach (var d in report.Documents)
        {
            foreach (var w in d.Warnings)
            {
                sb.AppendLine(style.Yellow("  warning: " + Label(d.Id) + ": " + S(w)));
            }
        }

        if (report.Documents.Any(d => d.Warnings.Count > 0))
        {
            sb.AppendLine();
        }

        sb.AppendLine(style.Bold("Findings")).AppendLine(style.Dim("  most severe first; each with the text of every article involved, «marked»"));
        if (report.Findings.Count == 0)
        {
            sb.AppendLine(style.Dim("  none"));
        }

        foreach (var f in report.Findings.OrderByDescending(f => f.Severity))
        {
            sb.Append("  ").Append(style.Severity(f.Severity)).Append(' ').Append(style.Bold(Name(f.Kind))).Append(": ").AppendLine(S(Describe(f.Summary)));
            if (f.Entities.Count > 0)
            {
                sb.AppendLine(style.Dim("      about " + string.Join(", ", f.Entities.Select(id => names.GetValueOrDefault(id, id)))));
            }

            foreach (var e in f.Evidence)
            {
                var text = docs.TryGetValue(e.Document, out var doc) ? doc.Text : null;
                sb.Append("      ").Append(style.Dim(Label(e.Document) + ": ")).Append(InContext(e, text, style));
                if (!string.IsNullOrEmpty(e.Value))
                {
                    sb.Append(style.Dim(" → " + S(e.Value)));
                }

                sb.AppendLine();
            }
        }

        sb.AppendLine().AppendLine(style.Bold("Documents"));
        var idWidth = Math.Max(2, report.Documents.Select(d => S(d.Id).Length).DefaultIfEmpty(2).Max());
        var outletWidth = Math.Max(6, report.Documents.Select(d => S(d.Outlet ?? "-").Length).DefaultIfEmpty(6).Max());
        foreach (var d in report.Documents)
        {
            var date = d.Published is null ? "date unknown" : S(d.Published);
            var basis = d.PublishedDoubted ? style.Yellow($"(date {Name(d.PublishedBasis)}; supplied date doubted)") : style.Dim($"(date {Name(d.PublishedBasis)})");
            var outletBasis = d.OutletBasis is Ingestion.OutletBasis.None or Ingestion.OutletBasis.Metadata ? string.Empty : style.Dim($" (outlet from {Name(d.OutletBasis)})");
            sb.AppendLine(I($"  {S(d.Id).PadRight(idWidth)}  {S(d.Outlet ?? "-").PadRight(outletWidth)}  {date,-12} {basis}{outletBasis}"))
              .AppendLine(style.Dim(I($"  {new string(' ', idWidth)}  {(d.Title is null ? string.Empty : "\u201C" + Clip(S(d.Title), 70) + "\u201D; ")}kept {Plural(d.KeptLines, "line")}, dropped {d.DroppedLines}; {Plural(d.SentenceCount, "sentence")}, {Plural(d.QuoteCount, "quote")}, {Plural(d.TimeExpressions.Count, "time expression")}")));
        }

        sb.AppendLine().AppendLine(style.Bold("Entities"));
        if (report.Entities.Count == 0)
        {
            sb.AppendLine(style.Dim("  none found"));
        }

        // The articles' own outlets are documents, not entities of the story.
        var outlets = report.Documents.Select(d => d.Outlet).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var e in report.Entities.Where(e => !outlets.Contains(e.Name)).OrderBy(e => e.Type).ThenByDescending(e => e.Mentions.Count).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            sb.Append(I($"  {S(e.Name)} ")).Append(style.Dim(I($"({Name(e.Type)}, {Plural(e.Mentions.Count, "mention")})")));
            var others = e.Variants.Where(v => !string.Equals(v.Text, e.Name, StringComparison.Ordinal)).ToList();
            if (others.Count > 0)
            {
                sb.Append("  also: ").Append(string.Join(", ", others.Select(v =>
                    (v.Misspelling ? style.Red(S(v.Text)) + " (misspelt" : S(v.Text) + " (") + (v.Misspelling ? ", " : string.Empty) + string.Join(", ", v.Documents.Select(Label)) + ")")));
            }

            sb.AppendLine();
        }

        sb.AppendLine().AppendLine(style.Bold("Facts"));
        if (report.Facts.Count == 0)
        {
            sb.AppendLine(style.Dim("  none aligned"));
        }

        // Single-source facts are coverage, not agreement or conflict; the console lists only shared facts.
        var singles = report.Facts.Count(f => f.StatedIn.Count <= 1);
        foreach (var f in report.Facts.Where(f => f.StatedIn.Count > 1))
        {
            sb.AppendLine(I($"  [{Name(f.Status)}] {Clip(S(Describe(f.Summary)), 110)}"))
              .AppendLine(style.Dim(I($"      stated in {string.Join(", ", f.StatedIn.Select(Label))}{(f.OmittedBy.Count > 0 ? "; not in " + string.Join(", ", f.OmittedBy.Select(Label)) : string.Empty)}")));
        }

        if (singles > 0)
        {
            sb.AppendLine(style.Dim(I($"  and {singles} fact{(singles == 1 ? string.Empty : "s")} stated by one article only (see --html or --json)")));
        }


        // The terms above, explained once.
        sb.AppendLine().AppendLine(style.Bold("Terms"))
          .AppendLine(style.Dim("  aligned fact      one statement (a meeting, a date, a quote, a title) matched across the articles that make it"))
          .AppendLine(style.Dim("  agreed / differing / contradicting   the articles stating a fact say the same / differ in detail / cannot all be right"))
          .AppendLine(style.Dim("  date metadata / dateline / inferred   publication date supplied, read from the article's dateline, or worked out from its text"))
          .AppendLine(style.Dim("  outlet from chrome / dateline / byline / url   outlet not supplied, read from the page's own name, credit line or address"))
          .AppendLine(style.Dim("  kept N lines, dropped M   lines read as reporting vs. lines left out as site chrome (menus, ads, sign-up boxes)"))
          .AppendLine(style.Dim("  note < difference < contradiction   worth knowing < worth a look, all can be true < cannot all be true"));

        output.Write(sb.ToString());
    }

    private static string InContext(Evidence e, string? text, ConsoleStyle style)
    {
        var c = EvidenceContext.Of(e, text);
        return S(c.Before) + style.Mark(S(c.Marked)) + S(c.After);
    }

    /// <summary>Text from the input, made safe for a terminal.</summary>
    internal static string S(string? text) => TerminalText.Escape(text);

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Name<T>(T value)
        where T : struct, Enum
    {
        // The enums carry their schema names as JsonStringEnumMemberName; reuse them so the console says what the JSON says.
        var member = typeof(T).GetField(value.ToString());
        var attr = member?.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute), false)
            .OfType<System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute>().FirstOrDefault();
        return attr?.Name ?? value.ToString().ToLowerInvariant();
    }

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 mention", "2 mentions".</summary>
    internal static string Plural(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
