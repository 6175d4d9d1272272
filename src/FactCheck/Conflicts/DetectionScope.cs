using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Claims;
using FactCheck.Entities;
using FactCheck.Languages;

namespace FactCheck.Conflicts;

/// <summary>
/// What every conflict comparer shares during one <see cref="ConflictDetector.Detect"/> call: the stage's input, entity
/// names, the stance matrix, and the findings made so far. Not thread-safe; one scope per call.
/// </summary>
public sealed class DetectionScope
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Finding> _findings = new(StringComparer.Ordinal);

    internal DetectionScope(ConflictContext context, Lexicon lexicon)
    {
        Context = context;
        Lexicon = lexicon;
        // Views are per document and independent: built in parallel, stored by id.
        var views = new DocumentView[context.Documents.Count];
        Parallel.For(0, views.Length, i => views[i] = new DocumentView(context.Documents[i], context.Entities, lexicon));
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

        Incompatible = ReadIncompatible(lexicon.Pack);
    }

    /// <summary>The conflict stage's input: documents, entities, claims and aligned facts.</summary>
    public ConflictContext Context { get; }

    internal Dictionary<string, DocumentView> Views { get; }

    /// <summary>The words of the checker's language pack.</summary>
    internal Lexicon Lexicon { get; }

    /// <summary>Pairs of characterization classes that cannot describe one event, with the severity they warrant.</summary>
    internal FrozenDictionary<string, Severity> Incompatible { get; }

    /// <summary>Severity per fact id, raised by the findings that concern the fact.</summary>
    internal Dictionary<string, Severity> FactSeverity { get; } = new(StringComparer.Ordinal);

    /// <summary>The stance matrix (who demanded what, per document), built before the comparers run.</summary>
    public IReadOnlyList<Stance> Stances { get; internal set; } = [];

    /// <summary>The name of the comparer running now; a finding added without a rule name cites it.</summary>
    internal string? CurrentRule { get; set; }

    /// <summary>Every sentence as a statement, and the figures linked across them (built on first use, once per check).</summary>
    internal (Statements.StatementSet Statements, List<Statements.FigureLink> Links, Dictionary<string, List<(int Start, int End)>> Differing) Figures => _figures ??= BuildFigures();

    private (Statements.StatementSet, List<Statements.FigureLink>, Dictionary<string, List<(int Start, int End)>>)? _figures;

    private (Statements.StatementSet, List<Statements.FigureLink>, Dictionary<string, List<(int Start, int End)>>) BuildFigures()
    {
        var set = new Statements.StatementSet(Context.Documents);
        var links = Statements.FigureComparer.Link(set, d => Views[d].Document.Time.Publication is { Doubted: false } p ? p.Value : null);
        var differing = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        foreach (var l in links.Where(l => l.Verdict is Statements.FigureVerdict.Difference or Statements.FigureVerdict.Contradiction))
        {
            foreach (var (doc, f) in new[] { (l.A.Document, l.FigureA), (l.B.Document, l.FigureB) })
            {
                if (!differing.TryGetValue(doc, out var list))
                {
                    differing[doc] = list = [];
                }

                list.Add((f.Start, f.End));
            }
        }

        return (set, links, differing);
    }

    /// <summary>The findings made so far, in no particular order.</summary>
    public IEnumerable<Finding> Findings => _findings.Values;

    /// <summary>A readable name for an entity id or an anonymous speaker key.</summary>
    /// <param name="id">An entity id or an <c>anon:</c> speaker key.</param>
    /// <returns>The entity's name, "an unnamed ..." for an anonymous key, or the id itself.</returns>
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

    /// <summary>Severity for two characterization classes, or null when they are compatible.</summary>
    /// <param name="a">One class (a claim argument's normalized value, for example <c>fired</c>).</param>
    /// <param name="b">The other class.</param>
    /// <returns>The severity the pair warrants, or null.</returns>
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
    /// <param name="kind">The finding's kind.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="confidence">Confidence in [0, 1], rounded to two decimals.</param>
    /// <param name="summary">One readable sentence.</param>
    /// <param name="entities">Entity ids concerned (anonymous speaker keys are dropped).</param>
    /// <param name="evidence">The evidence spans; duplicates are dropped and the rest sorted.</param>
    /// <param name="factId">The aligned fact the finding concerns, whose status it raises; or null.</param>
    /// <param name="rule">The (sub-)rule that made the finding; by default the name of the comparer running now.</param>
    public void Add(FindingKind kind, Severity severity, double confidence, string summary, IEnumerable<string> entities, IEnumerable<Evidence> evidence, string? factId = null, string? rule = null)
    {
        var ev = evidence
            .DistinctBy(e => (e.Document, e.Start, e.End, e.Value))
            .OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End)
            .ToArray();
        var ents = entities.Where(e => !DocumentView.IsAnonymous(e)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var kindName = kind.ToString();
        var id = StableId.From("finding", [kindName, .. ev.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Document}:{e.Start}-{e.End}"))]);
        _findings.TryAdd(id, new Finding(id, kind, severity, Math.Round(confidence, 2), summary, ents, ev) { Rule = rule ?? CurrentRule ?? Reporting.ReportView.Name(kind) });
        if (factId is not null && severity > Severity.Note)
        {
            FactSeverity[factId] = FactSeverity.TryGetValue(factId, out var s) && s > severity ? s : severity;
        }
    }

    /// <summary>Evidence for a span of a document's text.</summary>
    /// <param name="document">The document's id.</param>
    /// <param name="start">Start offset (clamped to the text).</param>
    /// <param name="end">End offset (clamped to the text).</param>
    /// <param name="value">The normalized value the evidence supports, or null.</param>
    /// <returns>The evidence.</returns>
    public Evidence Evidence(string document, int start, int end, string? value)
    {
        var text = Views[document].Document.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return new Evidence(document, text[start..end], start, end, value);
    }

    /// <summary>Joins items as "a, b and c".</summary>
    /// <param name="items">The items.</param>
    /// <returns>The joined text.</returns>
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

    private static FrozenDictionary<string, Severity> ReadIncompatible(LanguagePack pack)
    {
        var map = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var (pair, sev) in pack.Map("incompatible-classes", "conflicts"))
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
