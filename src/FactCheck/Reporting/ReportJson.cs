using System.Text.Json;
using System.Text.Json.Serialization;
using FactCheck.Alignment;
using FactCheck.Entities;
using FactCheck.Ingestion;

namespace FactCheck.Reporting;

// The JSON contract (docs/report-schema.md) is written from these small DTOs rather than from the
// pipeline's records, so that internal members added to those records never leak into, or rename, the
// contract. Property order here is the order in the JSON.
internal sealed record JsonReport(
    int SchemaVersion,
    IReadOnlyList<JsonReportDocument> Documents,
    IReadOnlyList<JsonEntity> Entities,
    IReadOnlyList<JsonFact> Facts,
    IReadOnlyList<JsonFinding> Findings,
    IReadOnlyList<JsonStance> Stances);

internal sealed record JsonReportDocument(
    string Id,
    string? Outlet,
    string? Published,
    PublishedBasis PublishedBasis,
    bool PublishedDoubted,
    IReadOnlyList<JsonTimeExpression> TimeExpressions,
    string? Title,
    int KeptLines,
    int DroppedLines,
    int SentenceCount,
    int QuoteCount);

internal sealed record JsonTimeExpression(string Text, int Start, int End, string Value, string Type);

internal sealed record JsonEntity(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyList<JsonVariant> Variants,
    IReadOnlyList<JsonMention> Mentions,
    IReadOnlyList<JsonRole> Roles,
    IReadOnlyList<string> Affiliations);

internal sealed record JsonVariant(string Text, IReadOnlyList<string> Documents, bool Misspelling);

internal sealed record JsonMention(string Document, string Text, int Start, int End);

internal sealed record JsonRole(string Document, string Text, int Start, int End);

internal sealed record JsonFact(
    string Id,
    string Frame,
    string Summary,
    FactStatus Status,
    IReadOnlyList<string> StatedIn,
    IReadOnlyList<string> OmittedBy,
    IReadOnlyList<JsonEvidence> Evidence,
    string? SharedSource,
    string Rule);

internal sealed record JsonFinding(
    string Id,
    FindingKind Kind,
    Severity Severity,
    double Confidence,
    string Summary,
    IReadOnlyList<string> Entities,
    IReadOnlyList<JsonEvidence> Evidence,
    string Rule);

internal sealed record JsonEvidence(string Document, string Text, int Start, int End, string? Value);

internal sealed record JsonStance(string Entity, string Demand, string Document, JsonEvidence Evidence, bool Conditional);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

/// <summary>Maps a <see cref="ConsistencyReport"/> onto the JSON contract's DTOs.</summary>
internal static class ReportJsonMapper
{
    public static JsonReport Map(ConsistencyReport report) => new(
        report.SchemaVersion,
        [.. report.Documents.Select(d => new JsonReportDocument(
            d.Id,
            d.Outlet,
            d.Published,
            d.PublishedBasis,
            d.PublishedDoubted,
            [.. d.TimeExpressions.Select(t => new JsonTimeExpression(t.Text, t.Start, t.End, t.Value, TypeName(t.Type)))],
            d.Title,
            d.KeptLines,
            d.DroppedLines,
            d.SentenceCount,
            d.QuoteCount))],
        [.. report.Entities.Select(e => new JsonEntity(
            e.Id,
            e.Type,
            e.Name,
            [.. e.Variants.Select(v => new JsonVariant(v.Text, v.Documents, v.Misspelling))],
            [.. e.Mentions.Select(m => new JsonMention(m.Document, m.Text, m.Start, m.End))],
            [.. e.Roles.Select(r => new JsonRole(r.Document, r.Text, r.Start, r.End))],
            e.Affiliations))],
        [.. report.Facts.Select(f => new JsonFact(
            f.Id, f.Frame, f.Summary, f.Status, f.StatedIn, f.OmittedBy, [.. f.Evidence.Select(Map)], f.SharedSource, f.Rule.Length > 0 ? f.Rule : f.Frame))],
        [.. report.Findings.Select(f => new JsonFinding(
            f.Id, f.Kind, f.Severity, f.Confidence, f.Summary, f.Entities, [.. f.Evidence.Select(Map)], f.Rule))],
        [.. report.Stances.Select(s => new JsonStance(s.Entity, s.Demand, s.Document, Map(s.Evidence), s.Conditional))]);

    private static JsonEvidence Map(Evidence e) => new(e.Document, e.Text, e.Start, e.End, e.Value);

    /// <summary>The TIMEX3 spelling of a type: DATE, TIME, DURATION, SET.</summary>
    private static string TypeName(FactCheck.Time.TimeExpressionType type) => type switch
    {
        FactCheck.Time.TimeExpressionType.Time => "TIME",
        FactCheck.Time.TimeExpressionType.Duration => "DURATION",
        FactCheck.Time.TimeExpressionType.Set => "SET",
        _ => "DATE",
    };
}
