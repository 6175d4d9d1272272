using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Claims;
using FactCheck.Entities;
using FactCheck.Languages;

namespace FactCheck.Conflicts;

/// <summary>What every conflict rule shares: document views, entity names, and the findings made so far.</summary>
internal sealed class DetectionScope
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Finding> _findings = new(StringComparer.Ordinal);

    public DetectionScope(ConflictContext context)
    {
        Context = context;
        // Views are per document and independent: built in parallel, stored by id.
        var views = new DocumentView[context.Documents.Count];
        Parallel.For(0, views.Length, i => views[i] = new DocumentView(context.Documents[i], context.Entities));
        Views = new Dictionary<string, DocumentView>(views.Length, StringComparer.Ordinal);
        foreach (var v in views)
        {
            Views.Add(v.Document.Id, v);
        }

        var resolved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in context.Entities.Entities)
        {
            _names[e.Id] = e.Name;
            resolved.Add(e.Id);
        }

        foreach (var view in Views.Values.OrderBy(v => v.Document.Id, StringComparer.Ordinal))
        {
            foreach (var m in view.Mentions)
            {
                // The longest spelling seen is the most complete name for an unresolved id.
                if (!_names.TryGetValue(m.EntityId, out var n) || (!resolved.Contains(m.EntityId) && m.DisplayName.Length > n.Length))
                {
                    _names[m.EntityId] = m.DisplayName;
                }
            }
        }

        Incompatible = ReadIncompatible();
    }

    public ConflictContext Context { get; }

    public Dictionary<string, DocumentView> Views { get; }

    /// <summary>Pairs of characterization classes that cannot describe one event, with the severity they warrant.</summary>
    public FrozenDictionary<string, Severity> Incompatible { get; }

    /// <summary>Severity per fact id, raised by the findings that concern the fact.</summary>
    public Dictionary<string, Severity> FactSeverity { get; } = new(StringComparer.Ordinal);

    public IEnumerable<Finding> Findings => _findings.Values;

    /// <summary>A readable name for an entity id or an anonymous speaker key.</summary>
    public string NameOf(string id)
    {
        if (_names.TryGetValue(id, out var n))
        {
            return n;
        }

        if (DocumentView.IsAnonymous(id))
        {
            var words = id[5..].Replace('-', ' ');
            return "an unnamed " + words;
        }

        return id;
    }

    /// <summary>Severity for two classes, or null when they are compatible.</summary>
    public Severity? Clash(string a, string b)
    {
        if (a == b)
        {
            return null;
        }

        var key = string.CompareOrdinal(a, b) < 0 ? a + "|" + b : b + "|" + a;
        return Incompatible.TryGetValue(key, out var s) ? s : null;
    }

    /// <summary>Adds a finding with a content-derived id; a finding with the same id is kept once.</summary>
    /// <remarks><paramref name="rule"/> names the comparer that made the finding; without one the kind's report name stands in.</remarks>
    public void Add(FindingKind kind, Severity severity, double confidence, string summary, IEnumerable<string> entities, IEnumerable<Evidence> evidence, string? factId = null, string? rule = null)
    {
        var ev = evidence
            .DistinctBy(e => (e.Document, e.Start, e.End, e.Value))
            .OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End)
            .ToArray();
        var ents = entities.Where(e => !DocumentView.IsAnonymous(e)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var kindName = kind.ToString();
        var id = StableId.From("finding", [kindName, .. ev.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Document}:{e.Start}-{e.End}"))]);
        _findings.TryAdd(id, new Finding(id, kind, severity, Math.Round(confidence, 2), summary, ents, ev) { Rule = rule ?? Reporting.ReportView.Name(kind) });
        if (factId is not null && severity > Severity.Note)
        {
            FactSeverity[factId] = FactSeverity.TryGetValue(factId, out var s) && s > severity ? s : severity;
        }
    }

    /// <summary>Evidence for a span of a document's text.</summary>
    public Evidence Evidence(string document, int start, int end, string? value)
    {
        var text = Views[document].Document.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return new Evidence(document, text[start..end], start, end, value);
    }

    /// <summary>"a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var arr = items.ToArray();
        return arr.Length switch
        {
            0 => string.Empty,
            1 => arr[0],
            _ => string.Join(", ", arr[..^1]) + " and " + arr[^1],
        };
    }

    private static FrozenDictionary<string, Severity> ReadIncompatible()
    {
        var map = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var (pair, sev) in LanguagePack.English.Map("incompatible-classes", "conflicts"))
        {
            var parts = pair.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                continue;
            }

            var key = string.CompareOrdinal(parts[0], parts[1]) < 0 ? parts[0] + "|" + parts[1] : parts[1] + "|" + parts[0];
            map[key] = sev switch
            {
                "contradiction" => Severity.Contradiction,
                "note" => Severity.Note,
                _ => Severity.Difference,
            };
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
