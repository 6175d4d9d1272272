using System.Globalization;
using System.Net;
using System.Text;
using FactCheck.Alignment;

namespace FactCheck.Reporting;

/// <summary>
/// Writes the self-contained HTML page. Every string that comes from an article (or from a stage that copied
/// article text) goes through <see cref="E"/>; nothing is written raw except this class's own markup.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Css = """
        :root { --fg:#1d2330; --muted:#5f6b7a; --line:#dde2ea; --bg:#f6f7f9; --card:#fff;
          --red:#b42318; --red-bg:#fdecea; --amber:#9a5b00; --amber-bg:#fff4dc; --blue:#2f5d9b; --blue-bg:#e9f0fa;
          --green:#1f7a4a; --green-bg:#e6f4ec; --mark:#ffe28a; }
        * { box-sizing: border-box; }
        body { margin:0; background:var(--bg); color:var(--fg); font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif; }
        main { max-width:1180px; margin:0 auto; padding:28px 32px 64px; }
        header.top { border-bottom:1px solid var(--line); padding-bottom:16px; margin-bottom:8px; }
        h1 { font-size:26px; margin:0 0 4px; letter-spacing:-.01em; }
        h2 { font-size:19px; margin:36px 0 12px; padding-bottom:6px; border-bottom:1px solid var(--line); }
        h3 { font-size:15px; margin:0; font-weight:600; }
        .muted { color:var(--muted); }
        .small { font-size:12.5px; }
        nav.toc a { color:var(--blue); text-decoration:none; margin-right:14px; font-size:13.5px; }
        .tiles { display:flex; gap:12px; flex-wrap:wrap; margin:16px 0 4px; }
        .tile { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:10px 16px; min-width:130px; }
        .tile b { display:block; font-size:24px; line-height:1.2; }
        .tile.contradiction b { color:var(--red); } .tile.difference b { color:var(--amber); } .tile.note b { color:var(--blue); }
        table { border-collapse:collapse; width:100%; background:var(--card); border:1px solid var(--line); border-radius:8px; overflow:hidden; }
        th, td { text-align:left; vertical-align:top; padding:7px 10px; border-bottom:1px solid var(--line); }
        th { background:#eef1f5; font-size:12.5px; text-transform:uppercase; letter-spacing:.03em; color:#3b4656; font-weight:600; }
        tr:last-child td { border-bottom:none; }
        td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
        td.zero { color:#b7bec8; }
        table.by-kind { width:auto; min-width:560px; }
        .badge { display:inline-block; font-size:11.5px; font-weight:600; padding:1px 8px; border-radius:999px; white-space:nowrap; vertical-align:1px; }
        .badge.contradiction, .badge.contradicting { background:var(--red-bg); color:var(--red); }
        .badge.difference, .badge.differing { background:var(--amber-bg); color:var(--amber); }
        .badge.note, .badge.single-source { background:var(--blue-bg); color:var(--blue); }
        .badge.agreed, .badge.complementary { background:var(--green-bg); color:var(--green); }
        .chip { display:inline-block; font-size:12px; padding:0 7px; border:1px solid var(--line); border-radius:4px; color:#3b4656; background:#fafbfc; font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; }
        .finding { background:var(--card); border:1px solid var(--line); border-left:4px solid var(--blue); border-radius:8px; padding:12px 16px; margin:0 0 12px; }
        .finding.contradiction { border-left-color:var(--red); } .finding.difference { border-left-color:#e0a100; }
        .finding .head { display:flex; gap:8px; align-items:center; flex-wrap:wrap; margin-bottom:6px; }
        .finding .summary { font-weight:600; margin:0 0 6px; }
        ul.evidence { list-style:none; margin:6px 0 0; padding:0; }
        ul.evidence li { padding:6px 0 6px 10px; border-top:1px dashed var(--line); }
        .doc { font-weight:600; font-size:13px; color:#3b4656; margin-right:6px; }
        .ctx { font-family:Georgia,"Times New Roman",serif; font-size:15px; }
        mark { background:var(--mark); padding:0 2px; border-radius:2px; }
        .value { font-size:12px; color:var(--muted); margin-left:6px; }
        .fact { margin:0 0 16px; }
        .fact .head { display:flex; gap:8px; align-items:baseline; margin:0 0 6px; }
        .fact table { table-layout:fixed; }
        .fact td { font-family:Georgia,"Times New Roman",serif; font-size:14px; }
        .fact td.omitted { color:#9aa3ae; font-style:italic; font-family:inherit; }
        table.matrix td.cell, table.matrix th.outlet { text-align:center; }
        table.matrix td.cell span { font-size:16px; }
        .yes { color:var(--green); font-weight:700; }
        .cond { color:var(--amber); font-weight:700; }
        .no { color:#c3c9d1; }
        .variant.miss { color:var(--red); text-decoration:underline wavy var(--red); text-underline-offset:3px; }
        details { margin-top:12px; } summary { cursor:pointer; color:var(--blue); }
        footer { margin-top:48px; color:var(--muted); font-size:12.5px; }
        """;

    public static string Render(ConsistencyReport report)
    {
        var v = new ReportView(report);
        var sb = new StringBuilder(16_384);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
          .Append("<title>FactCheck report</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");

        Header(sb, v);
        Summary(sb, v);
        Findings(sb, v);
        Facts(sb, v);
        Stances(sb, v);
        Entities(sb, v);
        Documents(sb, v);

        sb.Append(I($"<footer>Generated by FactCheck · report schema version {report.SchemaVersion}. Offsets index each document's original text.</footer>\n"));
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Header(StringBuilder sb, ReportView v)
    {
        var r = v.Report;
        sb.Append("<header class=\"top\">\n<h1>FactCheck report</h1>\n");
        sb.Append("<div class=\"muted\">").Append(ReportView.Headline(r)).Append("</div>\n");
        sb.Append("<nav class=\"toc\"><a href=\"#summary\">Summary</a><a href=\"#findings\">Findings</a><a href=\"#facts\">Facts</a>")
          .Append("<a href=\"#stances\">Stance matrix</a><a href=\"#entities\">Entities</a><a href=\"#documents\">Documents</a></nav>\n</header>\n");
    }

    private static void Summary(StringBuilder sb, ReportView v)
    {
        sb.Append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"tiles\">\n");
        foreach (var s in ReportView.Severities)
        {
            var name = ReportView.Name(s);
            sb.Append(I($"<div class=\"tile {name}\"><b>{v.Count(s)}</b>{Plural(name)}</div>\n"));
        }

        sb.Append("</div>\n");
        if (v.Kinds.Count == 0)
        {
            sb.Append("<p class=\"muted\">No findings: the articles do not disagree on anything the checker can see.</p>\n</section>\n");
            return;
        }

        sb.Append("<table class=\"by-kind\">\n<thead><tr><th>Kind</th>");
        foreach (var s in ReportView.Severities)
        {
            sb.Append(I($"<th class=\"num\">{ReportView.Name(s)}</th>"));
        }

        sb.Append("<th class=\"num\">total</th></tr></thead>\n<tbody>\n");
        foreach (var k in v.Kinds)
        {
            sb.Append(I($"<tr><td><span class=\"chip\">{ReportView.Name(k)}</span></td>"));
            var total = 0;
            foreach (var s in ReportView.Severities)
            {
                var n = v.Count(k, s);
                total += n;
                sb.Append(n == 0 ? "<td class=\"num zero\">0</td>" : I($"<td class=\"num\">{n}</td>"));
            }

            sb.Append(I($"<td class=\"num\"><b>{total}</b></td></tr>\n"));
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Findings(StringBuilder sb, ReportView v)
    {
        sb.Append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (v.Report.Findings.Count == 0)
        {
            sb.Append("<p class=\"muted\">None.</p>\n");
        }

        foreach (var f in v.Report.Findings)
        {
            var sev = ReportView.Name(f.Severity);
            sb.Append(I($"<article class=\"finding {sev}\" id=\"{E(f.Id)}\">\n<div class=\"head\"><span class=\"badge {sev}\">{sev}</span>"))
              .Append(I($"<span class=\"chip\">{ReportView.Name(f.Kind)}</span><span class=\"muted small\">confidence {f.Confidence:0.00}</span>"));
            if (f.Entities.Count > 0)
            {
                sb.Append("<span class=\"muted small\">· ").Append(E(string.Join(", ", f.Entities.Select(v.EntityName)))).Append("</span>");
            }

            if (!string.IsNullOrEmpty(f.Rule))
            {
                sb.Append("<span class=\"muted small rule\" title=\"the rule that made this finding\">rule ").Append(E(f.Rule)).Append("</span>");
            }

            sb.Append("</div>\n<p class=\"summary\">").Append(E(f.Summary)).Append("</p>\n<ul class=\"evidence\">\n");
            foreach (var e in f.Evidence)
            {
                sb.Append("<li>");
                EvidenceInContext(sb, v, e);
                sb.Append("</li>\n");
            }

            sb.Append("</ul>\n</article>\n");
        }

        sb.Append("</section>\n");
    }

    private static void EvidenceInContext(StringBuilder sb, ReportView v, Evidence e)
    {
        var c = v.Context(e);
        sb.Append("<span class=\"doc\">").Append(E(v.DocumentLabel(e.Document))).Append("</span>")
          .Append("<span class=\"ctx\">").Append(E(c.Before)).Append("<mark>").Append(E(c.Marked)).Append("</mark>").Append(E(c.After)).Append("</span>");
        if (!string.IsNullOrEmpty(e.Value))
        {
            sb.Append("<span class=\"value\">→ ").Append(E(e.Value)).Append("</span>");
        }

        sb.Append(I($"<span class=\"value\">[{E(e.Document)} {e.Start}–{e.End}]</span>"));
    }

    private static void Facts(StringBuilder sb, ReportView v)
    {
        sb.Append("<section id=\"facts\">\n<h2>Aligned facts</h2>\n");
        var multi = v.Facts.Where(f => f.StatedIn.Count > 1).ToList();
        var single = v.Facts.Where(f => f.StatedIn.Count <= 1).ToList();
        if (v.Facts.Count == 0)
        {
            sb.Append("<p class=\"muted\">No facts were aligned across the articles.</p>\n");
        }

        foreach (var f in multi)
        {
            Fact(sb, v, f);
        }

        if (single.Count > 0)
        {
            sb.Append(I($"<details><summary>{single.Count} {(single.Count == 1 ? "fact" : "facts")} stated by one article only</summary>\n"));
            foreach (var f in single)
            {
                Fact(sb, v, f);
            }

            sb.Append("</details>\n");
        }

        sb.Append("</section>\n");
    }

    private static void Fact(StringBuilder sb, ReportView v, AlignedFact f)
    {
        var status = ReportView.Name(f.Status);
        sb.Append("<div class=\"fact\">\n<div class=\"head\">").Append(I($"<span class=\"badge {status}\">{status}</span>"))
          .Append("<h3>").Append(E(f.Summary)).Append("</h3>")
          .Append("<span class=\"chip\" title=\"rule: ").Append(E(f.Rule.Length > 0 ? f.Rule : f.Frame)).Append("\">").Append(E(f.Frame)).Append("</span>");
        if (!string.IsNullOrEmpty(f.SharedSource))
        {
            sb.Append("<span class=\"muted small\">all citing ").Append(E(f.SharedSource)).Append("</span>");
        }

        sb.Append("</div>\n<table>\n<thead><tr>");
        foreach (var d in v.Report.Documents)
        {
            sb.Append("<th>").Append(E(v.DocumentLabel(d.Id))).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody><tr>");
        foreach (var (_, ev, omitted) in v.CellsOf(f))
        {
            if (ev.Count == 0)
            {
                sb.Append("<td class=\"omitted\">").Append(omitted ? "not mentioned" : "—").Append("</td>");
                continue;
            }

            sb.Append("<td>");
            foreach (var e in ev)
            {
                sb.Append("<div>").Append(E(EvidenceContext.Collapse(e.Text)));
                if (!string.IsNullOrEmpty(e.Value))
                {
                    sb.Append("<span class=\"value\">→ ").Append(E(e.Value)).Append("</span>");
                }

                sb.Append("</div>");
            }

            sb.Append("</td>");
        }

        sb.Append("</tr></tbody>\n</table>\n</div>\n");
    }

    private static void Stances(StringBuilder sb, ReportView v)
    {
        sb.Append("<section id=\"stances\">\n<h2>Stance matrix</h2>\n<p class=\"muted small\">Who demanded what, as each article reports it. ")
          .Append("<span class=\"yes\">✓</span> reported, <span class=\"cond\">✓?</span> reported as conditional, <span class=\"no\">—</span> not reported. Hover a mark for the article's words.</p>\n");
        if (v.StanceRows.Count == 0)
        {
            sb.Append("<p class=\"muted\">No demands were found.</p>\n</section>\n");
            return;
        }

        sb.Append("<table class=\"matrix\">\n<thead><tr><th>Person</th><th>Demand</th>");
        foreach (var d in v.Report.Documents)
        {
            sb.Append("<th class=\"outlet\">").Append(E(v.DocumentLabel(d.Id))).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in v.StanceRows)
        {
            sb.Append("<tr><td>").Append(E(row.EntityName)).Append("</td><td><span class=\"chip\">").Append(E(row.Demand)).Append("</span></td>");
            foreach (var d in v.Report.Documents)
            {
                var s = row.In(d.Id);
                if (s is null)
                {
                    sb.Append("<td class=\"cell\"><span class=\"no\">—</span></td>");
                }
                else
                {
                    sb.Append("<td class=\"cell\" title=\"").Append(E(EvidenceContext.Collapse(s.Evidence.Text))).Append("\">")
                      .Append(s.Conditional ? "<span class=\"cond\">✓?</span>" : "<span class=\"yes\">✓</span>").Append("</td>");
                }
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Entities(StringBuilder sb, ReportView v)
    {
        sb.Append("<section id=\"entities\">\n<h2>Entities</h2>\n");
        if (v.Entities.Count == 0)
        {
            sb.Append("<p class=\"muted\">No entities were found.</p>\n</section>\n");
            return;
        }

        sb.Append("<table>\n<thead><tr><th>Name</th><th>Type</th><th>Spellings</th><th class=\"num\">Mentions</th><th>Roles and titles</th></tr></thead>\n<tbody>\n");
        foreach (var e in v.Entities)
        {
            sb.Append("<tr><td><b>").Append(E(e.Name)).Append("</b></td><td>").Append(ReportView.Name(e.Type)).Append("</td><td>");
            var first = true;
            foreach (var variant in e.Variants)
            {
                sb.Append(first ? string.Empty : "<br>");
                first = false;
                sb.Append(variant.Misspelling ? "<span class=\"variant miss\">" : "<span class=\"variant\">").Append(E(variant.Text)).Append("</span>")
                  .Append(" <span class=\"muted small\">").Append(E(string.Join(", ", variant.Documents.Select(v.DocumentLabel)))).Append("</span>");
            }

            sb.Append(I($"</td><td class=\"num\">{e.Mentions.Count}</td><td>"));
            first = true;
            foreach (var role in e.Roles.DistinctBy(r => (r.Document, r.Text)))
            {
                sb.Append(first ? string.Empty : "<br>");
                first = false;
                sb.Append(E(EvidenceContext.Collapse(role.Text))).Append(" <span class=\"muted small\">").Append(E(v.DocumentLabel(role.Document))).Append("</span>");
            }

            sb.Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Documents(StringBuilder sb, ReportView v)
    {
        sb.Append("<section id=\"documents\">\n<h2>Documents</h2>\n<table>\n<thead><tr><th>Id</th><th>Outlet</th><th>Title</th><th>Published</th>")
          .Append("<th class=\"num\">Lines kept / dropped</th><th class=\"num\">Sentences</th><th class=\"num\">Quotes</th><th class=\"num\">Time expr.</th></tr></thead>\n<tbody>\n");
        foreach (var d in v.Report.Documents)
        {
            sb.Append("<tr><td><span class=\"chip\">").Append(E(d.Id)).Append("</span></td><td>").Append(E(d.Outlet ?? "—"))
              .Append("</td><td>").Append(E(d.Title ?? "—")).Append("</td><td>").Append(E(d.Published ?? "unknown"))
              .Append(" <span class=\"muted small\">").Append(ReportView.Name(d.PublishedBasis)).Append("</span>");
            if (d.PublishedDoubted)
            {
                sb.Append(" <span class=\"badge difference\">supplied date doubted</span>");
            }

            sb.Append(I($"</td><td class=\"num\">{d.KeptLines} / {d.DroppedLines}</td><td class=\"num\">{d.SentenceCount}</td><td class=\"num\">{d.QuoteCount}</td><td class=\"num\">{d.TimeExpressions.Count}</td></tr>\n"));
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Plural(string severity) => severity switch
    {
        "contradiction" => "contradictions",
        "difference" => "differences",
        _ => "notes",
    };

    /// <summary>HTML-encodes text for element content and quoted attribute values.</summary>
    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
