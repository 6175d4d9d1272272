using System.Text;
using System.Text.Json;

namespace FactCheck.Reporting;

/// <summary>
/// Renders a <see cref="ConsistencyReport"/> as JSON (the contract in <c>docs/report-schema.md</c>), Markdown,
/// or a self-contained HTML page (inline CSS, no script, no network). Article text is always escaped.
/// </summary>
public static class ReportRendering
{
    /// <summary>The report as indented JSON, <c>"schemaVersion"</c> first.</summary>
    public static string ToJson(this ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(ReportJsonMapper.Map(report), ReportJsonContext.Default.JsonReport);
    }

    /// <summary>Writes the report as UTF-8 JSON to <paramref name="utf8Json"/> (left open).</summary>
    public static void WriteJson(this ConsistencyReport report, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ReportJsonMapper.Map(report), ReportJsonContext.Default.JsonReport);
    }

    /// <summary>Writes the report as UTF-8 JSON to <paramref name="utf8Json"/> (left open).</summary>
    public static Task WriteJsonAsync(this ConsistencyReport report, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        return JsonSerializer.SerializeAsync(utf8Json, ReportJsonMapper.Map(report), ReportJsonContext.Default.JsonReport, cancellationToken);
    }

    /// <summary>The report as a Markdown document (GitHub-flavoured tables; article text escaped).</summary>
    public static string ToMarkdown(this ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return MarkdownReportWriter.Render(report);
    }

    /// <summary>Writes the report as Markdown to <paramref name="writer"/>.</summary>
    public static void WriteMarkdown(this ConsistencyReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(report.ToMarkdown());
    }

    /// <summary>
    /// The report as one self-contained HTML page: summary by kind and severity, findings with their evidence
    /// highlighted in context (for a quote-wording finding, the words that differ between the wordings marked as
    /// inserted or deleted), severity and kind filters (checkboxes styled by CSS: they work offline and without
    /// script), a side-by-side table per aligned fact, the stance matrix, the entities, the documents, and each
    /// article's full text with every evidence span marked and linked both ways to its finding. A print style
    /// leaves out the controls and full texts and tightens the layout. Inline CSS only; no script and no external
    /// resource. All article text is HTML-encoded.
    /// </summary>
    public static string ToHtml(this ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return HtmlReportWriter.Render(report);
    }

    /// <summary>Writes the HTML page (see <see cref="ToHtml"/>) to <paramref name="writer"/>.</summary>
    public static void WriteHtml(this ConsistencyReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(report.ToHtml());
    }

    /// <summary>Writes the HTML page as UTF-8 (no BOM) to <paramref name="stream"/> (left open).</summary>
    public static void WriteHtml(this ConsistencyReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = new UTF8Encoding(false).GetBytes(report.ToHtml());
        stream.Write(bytes);
    }
}
