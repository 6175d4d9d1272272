using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Conflicts;
using FactCheck.Entities;
using FactCheck.Ingestion;
using FactCheck.Reporting;

namespace FactCheck;

/// <summary>
/// Ids are names the caller chose (file names, manifest ids), never evidence: the stages run on content-derived
/// names instead, and the report is given the caller's ids back. Every tie a stage breaks by document id or
/// document order is then broken by content, so renaming or reordering the articles cannot change a decision
/// (issue 17, item 11). The internal name is <c>doc-</c>, 16 hex digits of the SHA-256 of the document's content
/// (text, outlet, date, URL, title) and a 6-digit counter that only distinguishes byte-identical copies.
/// </summary>
internal sealed partial class DocumentNames
{
    private readonly Dictionary<string, string> _real;

    private DocumentNames(Dictionary<string, string> real) => _real = real;

    /// <summary>
    /// Renames <paramref name="sources"/> to content-derived names and orders them by those names (the canonical
    /// order every stage sees).
    /// </summary>
    public static (SourceDocument[] Documents, DocumentNames Names) Canonicalize(IReadOnlyList<SourceDocument> sources)
    {
        var keyed = sources
            .Select(d => (Hash: ContentHash(d), Doc: d))
            .OrderBy(x => x.Hash, StringComparer.Ordinal)
            .ThenBy(x => x.Doc.Id, StringComparer.Ordinal) // only byte-identical copies reach this tie: either order gives the same report
            .ToArray();
        var real = new Dictionary<string, string>(StringComparer.Ordinal);
        var docs = new SourceDocument[keyed.Length];
        for (var i = 0; i < keyed.Length; i++)
        {
            var copy = 0;
            while (i - copy > 0 && string.Equals(keyed[i - copy - 1].Hash, keyed[i].Hash, StringComparison.Ordinal))
            {
                copy++;
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"doc-{keyed[i].Hash}-{copy:D6}");
            real[name] = keyed[i].Doc.Id;
            docs[i] = keyed[i].Doc.WithId(name);
        }

        return (docs, new DocumentNames(real));
    }

    /// <summary>The caller's id of an internal name; anything else unchanged.</summary>
    public string Real(string id) => _real.TryGetValue(id, out var r) ? r : id;

    /// <summary>The report with the caller's ids everywhere an internal name was, including inside summaries.</summary>
    public ConsistencyReport Restore(ConsistencyReport report)
    {
        var documents = report.Documents.Select(d => d with { Id = Real(d.Id) }).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var entities = report.Entities.Select(RestoreEntity).ToArray();
        var facts = report.Facts.Select(f => f with
        {
            Summary = RestoreText(f.Summary),
            StatedIn = Ids(f.StatedIn),
            OmittedBy = Ids(f.OmittedBy),
            Evidence = f.Evidence.Select(RestoreEvidence).ToArray(),
            Claims = f.Claims.Select(RestoreClaim).ToArray(),
        }).ToArray();
        var findings = report.Findings.Select(f => f with
        {
            Summary = RestoreText(f.Summary),
            Evidence = f.Evidence.Select(RestoreEvidence).ToArray(),
        }).ToArray();
        var stances = report.Stances.Select(s => s with { Document = Real(s.Document), Evidence = RestoreEvidence(s.Evidence) }).ToArray();
        return report with { Documents = documents, Entities = entities, Facts = facts, Findings = findings, Stances = stances };
    }

    private Entity RestoreEntity(Entity e) => e with
    {
        Variants = e.Variants.Select(v => v with { Documents = Ids(v.Documents) }).ToArray(),
        Mentions = e.Mentions.Select(RestoreMention).ToArray(),
        Roles = e.Roles.Select(RestoreRole).ToArray(),
    };

    private EntityMention RestoreMention(EntityMention m) => m with
    {
        Document = Real(m.Document),
        Role = m.Role is null ? null : RestoreRole(m.Role),
    };

    private RoleMention RestoreRole(RoleMention r) => r with { Document = Real(r.Document) };

    private Evidence RestoreEvidence(Evidence e) => e with { Document = Real(e.Document) };

    private Claim RestoreClaim(Claim c) => c with
    {
        Id = RestoreText(c.Id),
        Document = Real(c.Document),
    };

    /// <summary>A set of document ids, in the caller's ids' order.</summary>
    private string[] Ids(IEnumerable<string> ids) => ids.Select(Real).Order(StringComparer.Ordinal).ToArray();

    private string RestoreText(string text) =>
        text.Contains("doc-", StringComparison.Ordinal) ? InternalName().Replace(text, m => Real(m.Value)) : text;

    private static string ContentHash(SourceDocument d)
    {
        var parts = string.Join(
            '\u001F',
            d.Text,
            d.Outlet ?? "\u0000",
            d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "\u0000",
            d.Url ?? "\u0000",
            d.Title ?? "\u0000",
            ((int)d.OutletBasis).ToString(CultureInfo.InvariantCulture),
            ((int)d.PublishedBasis).ToString(CultureInfo.InvariantCulture),
            d.BodyStart.ToString(CultureInfo.InvariantCulture),
            d.DatelineCandidate is { } c ? string.Create(CultureInfo.InvariantCulture, $"{c.Value:yyyy-MM-dd}@{c.Start}-{c.End}") : "\u0000");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(parts));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    [GeneratedRegex(@"doc-[0-9a-f]{16}-[0-9]{6}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InternalName();
}
