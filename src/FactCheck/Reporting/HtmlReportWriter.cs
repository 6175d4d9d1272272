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
        .filters { margin:0 0 12px; font-size:13px; }
        .filters .fl-label { color:var(--muted); margin:0 6px 0 0; }
        .filters .fl-gap { display:inline-block; width:18px; }
        input.flt { margin:0 3px 0 6px; vertical-align:-2px; }
        label.flt { margin-right:12px; cursor:pointer; }
        .print-only { display:none; }
        ins { background:var(--green-bg); color:var(--green); text-decoration:underline; text-underline-offset:2px; font-weight:600; }
        del { background:var(--red-bg); color:var(--red); }
        .legend { font-size:12px; color:var(--muted); margin:4px 0 0; }
        a.loc { color:var(--blue); text-decoration:none; } a.loc:hover { text-decoration:underline; }
        ul.evidence li:target { background:var(--mark); }
        .doc-text { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:12px 16px; margin:0 0 16px; }
        .fulltext { white-space:pre-wrap; font-family:Georgia,"Times New Roman",serif; font-size:15px; margin-top:8px; overflow-wrap:anywhere; }
        .fulltext a.ev { color:inherit; text-decoration:none; }
        .fulltext mark.ft { background:#fff1b8; border-bottom:2px solid #e0a100; }
        .fulltext .anchor:target + a.ev mark.ft, .fulltext a.ev:hover mark.ft { background:var(--mark); outline:2px solid #e0a100; }
        @media print {
          @page { margin:10mm; }
          body { background:#fff; font-size:9.5pt; line-height:1.3; }
          .print-only { display:block; }
          .fact.agreed, .fact.complementary { display:none; }
          main { max-width:none; padding:0; }
          nav.toc, .filters, input.flt, #articles, #facts details, .legend, a.loc { display:none !important; }
          h1 { font-size:18pt; } h2 { font-size:13pt; margin:12px 0 6px; padding-bottom:2px; }
          .tiles { margin:6px 0; gap:6px; } .tile { padding:2px 10px; min-width:0; } .tile b { font-size:14pt; display:inline; margin-right:4px; }
          th, td { padding:2px 6px; }
          .finding { padding:4px 8px; margin:0 0 5px; break-inside:avoid; border-radius:0; }
          .finding .head { margin-bottom:2px; }
          .finding .summary { margin:0 0 2px; }
          ul.evidence li { padding:2px 0 2px 6px; }
          .ctx, .fact td { font-size:9pt; }
          .fact { margin:0 0 6px; break-inside:avoid; }
          .fact .head { margin:0 0 2px; }
          table { border-radius:0; }
          tr { break-inside:avoid; }
          footer { margin-top:12px; }
        }
        """;

    /// <summary>
    /// The findings filters: one checkbox per severity and per kind, placed before the findings list as its
    /// siblings, and one rule each that hides the matching findings while the box is unchecked. Pure CSS: the
    /// filters work with script off and without a network, and a browser that ignores the rules shows every finding.
    /// </summary>
    private static readonly string FilterCss = string.Concat(
        ReportView.Severities.Select(s => ReportView.Name(s))
            .Select(n => $"#fs-{n}:not(:checked) ~ .flist .finding.{n} {{ display:none; }}\n")
            .Concat(Enum.GetValues<FindingKind>().Select(ReportView.Name)
                .Select(n => $"#fk-{n}:not(:checked) ~ .flist .finding.k-{n} {{ display:none; }}\n")));

    public static string Render(ConsistencyReport report)
    {
        var v = new ReportView(report);
        var sb = new StringBuilder(16_384);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
          .Append("<title>FactCheck report</title>\n<style>\n").Append(Css).Append(FilterCss).Append("</style>\n</head>\n<body>\n<main>\n");

        Header(sb, v);
        Warnings(sb, v);
        Summary(sb, v);
        Findings(sb, v);
        Facts(sb, v);
        Stances(sb, v);
        Entities(sb, v);
        Documents(sb, v);
        Articles(sb, v);

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
          .Append("<a href=\"#stances\">Stance matrix</a><a href=\"#entities\">Entities</a><a href=\"#documents\">Documents</a><a href=\"#articles\">Articles</a></nav>\n</header>\n");
    }

    private static void Warnings(StringBuilder sb, ReportView v)
    {
        var lines = v.WarningLines();
        if (lines.Count == 0)
        {
            return;
        }

        sb.Append("<section id=\"warnings\">\n<h2>Warnings</h2>\n<ul>\n");
        foreach (var line in lines)
        {
            sb.Append("<li>").Append(E(line)).Append("</li>\n");
        }

        sb.Append("</ul>\n</section>\n");
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
            sb.Append("<p class=\"muted\">None.</p>\n</section>\n");
            return;
        }

        FilterControls(sb, v);
        sb.Append("<div class=\"flist\">\n");
        foreach (var f in v.Report.Findings)
        {
            var sev = ReportView.Name(f.Severity);
            var kind = ReportView.Name(f.Kind);
            sb.Append(I($"<article class=\"finding {sev} k-{kind}\" id=\"{E(f.Id)}\">\n<div class=\"head\"><span class=\"badge {sev}\">{sev}</span>"))
              .Append(I($"<span class=\"chip\">{kind}</span><span class=\"muted small\">confidence {f.Confidence:0.00}</span>"));
            if (f.Entities.Count > 0)
            {
                sb.Append("<span class=\"muted small\">· ").Append(E(string.Join(", ", f.Entities.Select(v.EntityName)))).Append("</span>");
            }

            if (!string.IsNullOrEmpty(f.Rule))
            {
                sb.Append("<span class=\"muted small rule\" title=\"the rule that made this finding\">rule ").Append(E(f.Rule)).Append("</span>");
            }

            sb.Append("</div>\n<p class=\"summary\">").Append(E(v.Describe(f.Summary))).Append("</p>\n<ul class=\"evidence\">\n");
            var contexts = f.Evidence.Select(v.Context).ToList();
            var words = f.Kind == FindingKind.QuoteWording && contexts.Count > 1
                ? WordDiff.Diff([.. contexts.Select(c => c.Marked)])
                : null;
            for (var i = 0; i < f.Evidence.Count; i++)
            {
                sb.Append("<li id=\"").Append(E(EvidenceId(f, i))).Append("\">");
                EvidenceInContext(sb, v, f.Evidence[i], contexts[i], words?[i], inserted: i > 0);
                sb.Append("</li>\n");
            }

            sb.Append("</ul>\n");
            if (words is not null && words.Any(w => w.Any(x => x.Changed)))
            {
                sb.Append("<p class=\"legend\"><del>marked</del> words of the first wording are missing from another; <ins>marked</ins> words are not in the first.</p>\n");
            }

            sb.Append("</article>\n");
        }

        sb.Append("</div>\n</section>\n");
    }

    /// <summary>
    /// A checkbox per severity and per kind present, each followed by its label, all siblings of the
    /// <c>.flist</c> that <see cref="FilterCss"/> filters. Every box starts checked: the page opens with every finding.
    /// </summary>
    private static void FilterControls(StringBuilder sb, ReportView v)
    {
        sb.Append("<span class=\"filters fl-label\">Show severity:</span>");
        foreach (var s in ReportView.Severities)
        {
            var name = ReportView.Name(s);
            var n = v.Count(s);
            if (n > 0)
            {
                sb.Append(I($"<input type=\"checkbox\" class=\"flt\" id=\"fs-{name}\" checked><label class=\"flt filters\" for=\"fs-{name}\"><span class=\"badge {name}\">{name}</span> {n}</label>"));
            }
        }

        sb.Append("<br class=\"filters\"><span class=\"filters fl-label\">kind:</span>");
        foreach (var k in v.Kinds)
        {
            var name = ReportView.Name(k);
            sb.Append(I($"<input type=\"checkbox\" class=\"flt\" id=\"fk-{name}\" checked><label class=\"flt filters\" for=\"fk-{name}\"><span class=\"chip\">{name}</span> {v.Report.Findings.Count(f => f.Kind == k)}</label>"));
        }

        sb.Append("<p class=\"filters muted small\">Untick a box to hide those findings (works offline and without script).</p>\n");
    }

    /// <summary>The element id of a finding's <paramref name="index"/>th evidence, the target of the full-text view's links back.</summary>
    private static string EvidenceId(Finding f, int index) => I($"{f.Id}-e{index}");

    private static void EvidenceInContext(StringBuilder sb, ReportView v, Evidence e, EvidenceContext c, IReadOnlyList<WordDiff.Word>? words, bool inserted)
    {
        sb.Append("<span class=\"doc\">").Append(E(v.DocumentLabel(e.Document))).Append("</span>")
          .Append("<span class=\"ctx\">").Append(E(c.Before)).Append("<mark>");
        if (words is null)
        {
            sb.Append(E(c.Marked));
        }
        else
        {
            Diffed(sb, c.Marked, words, inserted ? "ins" : "del");
        }

        sb.Append("</mark>").Append(E(c.After)).Append("</span>");
        if (!string.IsNullOrEmpty(e.Value))
        {
            sb.Append("<span class=\"value\">→ ").Append(E(e.Value)).Append("</span>");
        }

        var location = I($"[{v.DocumentLabel(e.Document)} {e.Start}–{e.End}]");
        var anchor = v.SpanAnchor(e);
        if (anchor is null)
        {
            sb.Append("<span class=\"value\" title=\"").Append(E(e.Document)).Append("\">").Append(E(location)).Append("</span>");
        }
        else
        {
            sb.Append("<span class=\"value\"><a class=\"loc\" href=\"#").Append(E(anchor)).Append("\" title=\"show in the full text of ")
              .Append(E(e.Document)).Append("\">").Append(E(location)).Append("</a></span>");
        }
    }

    /// <summary>Writes <paramref name="text"/> with each run of changed words (and the spaces between them) in one <paramref name="tag"/>.</summary>
    private static void Diffed(StringBuilder sb, string text, IReadOnlyList<WordDiff.Word> words, string tag)
    {
        var at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].Changed)
            {
                continue;
            }

            var j = i;
            while (j + 1 < words.Count && words[j + 1].Changed)
            {
                j++;
            }

            sb.Append(E(text[at..words[i].Start])).Append('<').Append(tag).Append('>')
              .Append(E(text[words[i].Start..words[j].End])).Append("</").Append(tag).Append('>');
            at = words[j].End;
            i = j;
        }

        sb.Append(E(text[at..]));
    }

    private static void Facts(StringBuilder sb, ReportView v)
    {
        sb.Append("<section id=\"facts\">\n<h2>Aligned facts</h2>\n")
          .Append("<p class=\"print-only muted small\">Printed: the facts the outlets state differently. Agreed, complementary and single-source facts are in the page on screen.</p>\n");
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
        sb.Append(I($"<div class=\"fact {status}\">\n<div class=\"head\">")).Append(I($"<span class=\"badge {status}\">{status}</span>"))
          .Append("<h3>").Append(E(v.Describe(f.Summary))).Append("</h3>")
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

    /// <summary>
    /// Each article's full text with every finding's evidence marked where it stands: a marked span is the target
    /// of the evidence's location link and links back to the (first) finding evidence it belongs to.
    /// </summary>
    private static void Articles(StringBuilder sb, ReportView v)
    {
        sb.Append("<section id=\"articles\">\n<h2>Articles</h2>\n<p class=\"muted small\">The full text of each article; ")
          .Append("marked passages are the evidence of a finding (click one to go to it).</p>\n");
        var spans = v.Report.Findings
            .SelectMany(f => f.Evidence.Select((e, i) => (Evidence: e, Target: EvidenceId(f, i))))
            .Where(x => v.SpanAnchor(x.Evidence) is not null)
            .ToLookup(x => x.Evidence.Document, StringComparer.Ordinal);
        foreach (var d in v.Report.Documents)
        {
            sb.Append("<article class=\"doc-text\" id=\"").Append(E(v.DocumentAnchor(d.Id))).Append("\">\n<h3>").Append(E(v.DocumentLabel(d.Id)))
              .Append(" <span class=\"chip\">").Append(E(d.Id)).Append("</span></h3>\n");
            if (d.Text is null)
            {
                sb.Append("<p class=\"muted\">The text of this article is not in the report.</p>\n</article>\n");
                continue;
            }

            sb.Append("<div class=\"fulltext\">");
            FullText(sb, v, d.Text, [.. spans[d.Id]]);
            sb.Append("</div>\n</article>\n");
        }

        sb.Append("</section>\n");
    }

    private static void FullText(StringBuilder sb, ReportView v, string text, IReadOnlyList<(Evidence Evidence, string Target)> spans)
    {
        // One span per range; the first finding (in report order) that cites it is where its link goes.
        var unique = spans.GroupBy(s => (s.Evidence.Start, s.Evidence.End))
            .Select(g => (g.Key.Start, g.Key.End, Anchor: v.SpanAnchor(g.First().Evidence)!, g.First().Target))
            .OrderBy(s => s.Start).ThenByDescending(s => s.End)
            .ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var s in unique)
        {
            cuts.Add(s.Start);
            cuts.Add(s.End);
        }

        var points = cuts.ToList();
        var next = 0;
        for (var p = 0; p < points.Count; p++)
        {
            var from = points[p];
            for (; next < unique.Count && unique[next].Start == from; next++)
            {
                sb.Append("<span class=\"anchor\" id=\"").Append(E(unique[next].Anchor)).Append("\"></span>");
            }

            if (p + 1 == points.Count)
            {
                break;
            }

            var to = points[p + 1];
            // The innermost span covering this piece decides where it links.
            var cover = unique.Where(s => s.Start <= from && s.End >= to).OrderBy(s => s.End - s.Start).ThenBy(s => s.Start).FirstOrDefault();
            if (cover.Anchor is null)
            {
                sb.Append(E(text[from..to]));
            }
            else
            {
                sb.Append("<a class=\"ev\" href=\"#").Append(E(cover.Target)).Append("\"><mark class=\"ft\">").Append(E(text[from..to])).Append("</mark></a>");
            }
        }
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
