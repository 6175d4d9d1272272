using System.Globalization;
using System.Text;

namespace FactCheck.Reporting;

/// <summary>
/// Writes the Markdown report. Article text goes through <see cref="Md"/>, which escapes Markdown syntax,
/// control characters (<see cref="TerminalText"/>) and raw HTML (Markdown renderers pass HTML through), and <see cref="Cell"/> for table cells (pipes, newlines).
/// </summary>
internal static class MarkdownReportWriter
{
    public static string Render(ConsistencyReport report)
    {
        var v = new ReportView(report);
        var sb = new StringBuilder(8_192);
        sb.Append("# FactCheck report\n\n")
          .Append(ReportView.Headline(report)).Append(' ')
          .Append(I($"({Count(v.Count(Severity.Contradiction), "contradiction")}, {Count(v.Count(Severity.Difference), "difference")}, {Count(v.Count(Severity.Note), "note")})\n\n"));

        // Summary by kind and severity.
        Table(sb, "Summary", v.Kinds, "No findings.", () => sb.Append("| Kind | contradiction | difference | note | total |\n|---|---:|---:|---:|---:|\n"), k =>
        {
            var c = v.Count(k, Severity.Contradiction);
            var d = v.Count(k, Severity.Difference);
            var n = v.Count(k, Severity.Note);
            sb.Append(I($"| `{ReportView.Name(k)}` | {c} | {d} | {n} | {c + d + n} |\n"));
        });

        sb.Append("## Findings\n\n");
        if (report.Findings.Count == 0)
        {
            sb.Append("None.\n\n");
        }

        foreach (var f in report.Findings)
        {
            sb.Append(I($"### {ReportView.Name(f.Severity)} · {ReportView.Name(f.Kind)} · {Md(f.Summary)}\n\n"));
            sb.Append(I($"Confidence {f.Confidence:0.00}"));
            if (f.Entities.Count > 0)
            {
                sb.Append(" · ").Append(Md(string.Join(", ", f.Entities.Select(v.EntityName))));
            }

            sb.Append(I($" · id `{Code(f.Id)}`"));
            if (!string.IsNullOrEmpty(f.Rule))
            {
                sb.Append(" · <sub>rule `").Append(Code(f.Rule)).Append("`</sub>");
            }

            sb.Append("\n\n");
            foreach (var e in f.Evidence)
            {
                var c = v.Context(e);
                sb.Append("- **").Append(Md(v.DocumentLabel(e.Document))).Append("**: ")
                  .Append(Md(c.Before)).Append("**").Append(Md(c.Marked.Trim())).Append("**").Append(Md(c.After));
                if (!string.IsNullOrEmpty(e.Value))
                {
                    sb.Append(" → `").Append(Code(e.Value)).Append('`');
                }

                sb.Append(I($" ({Md(e.Document)} {e.Start}–{e.End})\n"));
            }

            sb.Append('\n');
        }

        Table(sb, "Aligned facts", v.Facts, "None.", () => TableHeader(sb, report, v, "| Status | Fact |", "---|"), f =>
        {
            sb.Append(I($"| {ReportView.Name(f.Status)} | ")).Append(Cell(f.Summary)).Append(" |");
            foreach (var (_, evidence, omitted) in v.CellsOf(f))
            {
                sb.Append(' ').Append(evidence.Count == 0 ? (omitted ? "*not mentioned*" : "—") : Cell(string.Join(" / ", evidence.Select(e => e.Text)))).Append(" |");
            }

            sb.Append('\n');
        });

        Table(sb, "Stance matrix", v.StanceRows, "No demands were found.", () => TableHeader(sb, report, v, "| Person | Demand |", ":---:|"), row =>
        {
            sb.Append("| ").Append(Cell(row.EntityName)).Append(" | ").Append(Cell(row.Demand)).Append(" |");
            foreach (var d in report.Documents)
            {
                var s = row.In(d.Id);
                sb.Append(s is null ? " — |" : s.Conditional ? " ✓ (conditional) |" : " ✓ |");
            }

            sb.Append('\n');
        });

        Table(sb, "Entities", v.Entities, "None.", () => sb.Append("| Name | Type | Spellings | Mentions | Roles |\n|---|---|---|---:|---|\n"), e =>
        {
            var variants = string.Join("; ", e.Variants.Select(x => x.Text + (x.Misspelling ? " (misspelt)" : string.Empty) + " in " + string.Join(", ", x.Documents.Select(v.DocumentLabel))));
            var roles = string.Join("; ", e.Roles.DistinctBy(r => (r.Document, r.Text)).Select(r => r.Text + " (" + v.DocumentLabel(r.Document) + ")"));
            sb.Append("| ").Append(Cell(e.Name)).Append(" | ").Append(ReportView.Name(e.Type)).Append(" | ").Append(Cell(variants))
              .Append(I($" | {e.Mentions.Count} | ")).Append(Cell(roles)).Append(" |\n");
        });

        sb.Append("## Documents\n\n| Id | Outlet | Title | Published | Basis | Lines kept / dropped | Sentences | Quotes |\n|---|---|---|---|---|---:|---:|---:|\n");
        foreach (var d in report.Documents)
        {
            sb.Append("| ").Append(Cell(d.Id)).Append(" | ").Append(Cell(d.Outlet ?? "—")).Append(" | ").Append(Cell(d.Title ?? "—")).Append(" | ")
              .Append(Cell(d.Published ?? "unknown")).Append(d.PublishedDoubted ? " (supplied date doubted)" : string.Empty).Append(" | ")
              .Append(ReportView.Name(d.PublishedBasis))
              .Append(I($" | {d.KeptLines} / {d.DroppedLines} | {d.SentenceCount} | {d.QuoteCount} |\n"));
        }

        return sb.ToString();
    }

    /// <summary>Escapes inline Markdown syntax and HTML, and folds line breaks into spaces.</summary>
    internal static string Md(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in EvidenceContext.Collapse(text))
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~' or '!' or '{' or '}':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    // Control characters (escape sequences, bells) are shown, never passed to the reader's terminal or renderer.
                    sb.Append(TerminalText.IsUnsafe(c) ? TerminalText.Escape(c.ToString()) : c.ToString());
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A section: its heading, then either the text for no rows or the table and a blank line.</summary>
    private static void Table<T>(StringBuilder sb, string heading, IReadOnlyCollection<T> rows, string empty, Action header, Action<T> row)
    {
        sb.Append("## ").Append(heading).Append("\n\n");
        if (rows.Count == 0)
        {
            sb.Append(empty).Append("\n\n");
            return;
        }

        header();
        foreach (var r in rows)
        {
            row(r);
        }

        sb.Append('\n');
    }

    /// <summary>A table header with one column per document, outlets as labels.</summary>
    private static void TableHeader(StringBuilder sb, ConsistencyReport report, ReportView v, string leading, string documentAlignment)
    {
        sb.Append(leading);
        foreach (var d in report.Documents)
        {
            sb.Append(' ').Append(Cell(v.DocumentLabel(d.Id))).Append(" |");
        }

        sb.Append("\n|---|---|").Append(string.Concat(Enumerable.Repeat(documentAlignment, report.Documents.Count))).Append('\n');
    }

    /// <summary>Text for a table cell: escaped, on one line, pipes escaped.</summary>
    internal static string Cell(string? text)
    {
        var s = Md(text).Trim();
        return s.Length == 0 ? "—" : s;
    }

    /// <summary>Text for an inline code span: backticks cannot be escaped there, so they are replaced.</summary>
    private static string Code(string text) => TerminalText.Escape(EvidenceContext.Collapse(text).Replace('`', '\''));

    private static string Count(int n, string noun) => ReportView.Counted(n, noun);

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
