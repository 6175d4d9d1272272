using FactCheck.Entities;
using FactCheck.Text;
using FactCheck.Time;

namespace FactCheck.Claims;

/// <summary>An entity mention with the id it resolves to (the cluster's entity, or a name key when unresolved).</summary>
internal sealed record ResolvedMention(EntityMention Mention, string EntityId, string DisplayName);

/// <summary>
/// Read-only lookups over one analyzed document that the claim and conflict stages share: resolved mentions,
/// quote spans and speakers. Built per document; holds no state beyond it.
/// </summary>
internal sealed class DocumentView
{
    // Offset lookups run per sentence and per token, so they use binary search over the offset-sorted lists
    // (with a running maximum of the end offsets, since spans may nest) instead of scanning the document.
    private readonly ResolvedMention[] _mentions;
    private readonly int[] _mentionMaxEnd;
    private readonly Quotation[] _quotes;
    private readonly int[] _quoteMaxEnd;
    private readonly Dictionary<int, List<int>> _quotesBySentence = [];
    private readonly List<int> _unplacedQuotes = [];
    private readonly TimeExpression[] _times;
    private readonly int[] _timeOrder;
    private readonly int[] _timeMaxEnd;
    private readonly Lazy<SpeakerNames> _speakerNames;
    private readonly Lazy<Dictionary<string, string>> _names;
    // The speaker id of each quote of _quotes, worked out on first use: null until then, NoSpeaker for a quote crediting no one.
    // Threads may race to fill an entry; they compute the same value, so either write is right.
    private readonly object?[] _speakerIds;
    private static readonly object NoSpeaker = new();

    public DocumentView(AnalyzedDocument document, EntityResolution entities, Lexicon lexicon)
    {
        Lexicon = lexicon;
        Document = document;
        Entities = entities;
        _mentions = SortedMentions(document.Mentions, entities, lexicon);
        Mentions = _mentions;
        _mentionMaxEnd = RunningMaxEnd.Of(_mentions, m => m.Mention.End);
        _quotes = SortedQuotes(document.Quotes);
        _speakerIds = new object?[_quotes.Length];
        Quotes = _quotes;
        _quoteMaxEnd = RunningMaxEnd.Of(_quotes, q => q.End);
        for (var i = 0; i < _quotes.Length; i++)
        {
            var q = _quotes[i];
            if (q.SentenceIndex >= 0)
            {
                if (!_quotesBySentence.TryGetValue(q.SentenceIndex, out var list))
                {
                    _quotesBySentence[q.SentenceIndex] = list = [];
                }

                list.Add(i);
            }
            else
            {
                _unplacedQuotes.Add(i);
            }
        }

        _times = [.. document.Time.Expressions];
        _timeOrder = Enumerable.Range(0, _times.Length).OrderBy(i => _times[i].Start).ToArray();
        _timeMaxEnd = RunningMaxEnd.Of(_timeOrder, i => _times[i].End);
        _speakerNames = new Lazy<SpeakerNames>(() => new SpeakerNames(_mentions, Lexicon));
        _names = new Lazy<Dictionary<string, string>>(() =>
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var m in _mentions)
            {
                names.TryAdd(m.EntityId, m.DisplayName);
            }

            return names;
        });
    }

    /// <summary>The words of the checker's language pack.</summary>
    public Lexicon Lexicon { get; }

    public AnalyzedDocument Document { get; }

    public EntityResolution Entities { get; }

    public IReadOnlyList<ResolvedMention> Mentions { get; }

    public IReadOnlyList<Quotation> Quotes { get; }

    /// <summary>The id used for a mention nobody resolved: type and folded name, so equal names still align.</summary>
    public static string FallbackId(EntityType type, string name, Lexicon lexicon) =>
        string.Concat(type.ToString().ToLowerInvariant(), ":", Slug(name, lexicon));

    public static string Slug(string text, Lexicon lexicon)
    {
        var words = ClaimText.Words(text, lexicon);
        return string.Join('-', words);
    }

    /// <summary>Mentions that overlap <c>[start, end)</c>, in offset order.</summary>
    public List<ResolvedMention> MentionsIn(int start, int end)
    {
        var result = new List<ResolvedMention>();
        for (var i = RunningMaxEnd.FirstEndingAfter(_mentionMaxEnd, start); i < _mentions.Length && _mentions[i].Mention.Start < end; i++)
        {
            if (start < _mentions[i].Mention.End)
            {
                result.Add(_mentions[i]);
            }
        }

        return result;
    }

    /// <summary>The quotation containing <paramref name="offset"/>, or null (the first by start when quotes nest).</summary>
    public Quotation? QuoteAt(int offset)
    {
        for (var i = RunningMaxEnd.FirstEndingAfter(_quoteMaxEnd, offset); i < _quotes.Length && _quotes[i].Start <= offset; i++)
        {
            if (offset < _quotes[i].End)
            {
                return _quotes[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The quotations of a sentence, in start order: those the quote stage placed in it, and unplaced ones
    /// (<see cref="Quotation.SentenceIndex"/> below zero) that start inside it.
    /// </summary>
    public List<Quotation> QuotesOf(Sentence sentence)
    {
        var indexes = new List<int>();
        if (_quotesBySentence.TryGetValue(sentence.Index, out var placed))
        {
            indexes.AddRange(placed);
        }

        // Unplaced quotes are in start order: binary search the first starting at or after the sentence.
        int lo = 0, hi = _unplacedQuotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotes[_unplacedQuotes[mid]].Start < sentence.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < _unplacedQuotes.Count && _quotes[_unplacedQuotes[k]].Start < sentence.End; k++)
        {
            indexes.Add(_unplacedQuotes[k]);
        }

        indexes.Sort();
        var result = new List<Quotation>(indexes.Count);
        foreach (var i in indexes)
        {
            result.Add(_quotes[i]);
        }

        return result;
    }

    /// <summary>The document's time expressions lying within <c>[start, end]</c>, in the time stage's order.</summary>
    public List<TimeExpression> TimesWithin(int start, int end)
    {
        int lo = 0, hi = _timeOrder.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_times[_timeOrder[mid]].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // Most sentences hold no time expression: the index list is only made for one.
        List<int>? indexes = null;
        for (var k = lo; k < _timeOrder.Length && _times[_timeOrder[k]].Start <= end; k++)
        {
            if (_times[_timeOrder[k]].End <= end)
            {
                (indexes ??= []).Add(_timeOrder[k]);
            }
        }

        if (indexes is null)
        {
            return [];
        }

        indexes.Sort();
        var result = new List<TimeExpression>(indexes.Count);
        foreach (var i in indexes)
        {
            result.Add(_times[i]);
        }

        return result;
    }

    /// <summary>Whether a time expression of the document covers <paramref name="offset"/>.</summary>
    public bool InTimeExpression(int offset)
    {
        for (var k = RunningMaxEnd.FirstEndingAfter(_timeMaxEnd, offset); k < _timeOrder.Length && _times[_timeOrder[k]].Start <= offset; k++)
        {
            if (offset < _times[_timeOrder[k]].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The id of a quotation's speaker: the entity of a mention under the speaker span, else the entity the
    /// resolved name belongs to, else <c>anon:</c> plus the folded description ("anon:white-house-official").
    /// Null when the quote credits no one.
    /// </summary>
    public string? SpeakerId(Quotation quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var i = IndexOfQuote(quote);
        if (i < 0)
        {
            return ComputeSpeakerId(quote);
        }

        var known = Volatile.Read(ref _speakerIds[i]);
        if (known is null)
        {
            known = ComputeSpeakerId(quote) ?? NoSpeaker;
            Volatile.Write(ref _speakerIds[i], known);
        }

        return known as string;
    }

    /// <summary>The index of this very quotation object in <see cref="_quotes"/>, or -1.</summary>
    private int IndexOfQuote(Quotation quote)
    {
        int lo = 0, hi = _quotes.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotes[mid].Start < quote.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < _quotes.Length && _quotes[i].Start == quote.Start; i++)
        {
            if (ReferenceEquals(_quotes[i], quote))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The mentions resolved, by start then end offset, ties in document order (as a stable sort keeps them).</summary>
    private static ResolvedMention[] SortedMentions(IReadOnlyList<EntityMention> mentions, EntityResolution entities, Lexicon lexicon)
    {
        var order = new int[mentions.Count];
        var sorted = true;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            sorted &= i == 0 || Compare(mentions[i - 1], mentions[i]) <= 0;
        }

        // The recognizer emits mentions in order already; a stable sort would then change nothing.
        if (!sorted)
        {
            Array.Sort(order, (a, b) =>
            {
                var c = Compare(mentions[a], mentions[b]);
                return c != 0 ? c : a.CompareTo(b);
            });
        }
        var result = new ResolvedMention[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = Resolve(mentions[order[i]], entities, lexicon);
        }

        return result;
    }

    private static int Compare(EntityMention a, EntityMention b)
    {
        var c = a.Start.CompareTo(b.Start);
        return c != 0 ? c : a.End.CompareTo(b.End);
    }

    /// <summary>The quotations by start offset, ties in document order (as a stable sort keeps them).</summary>
    private static Quotation[] SortedQuotes(IReadOnlyList<Quotation> quotes)
    {
        var order = new int[quotes.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var c = quotes[a].Start.CompareTo(quotes[b].Start);
            return c != 0 ? c : a.CompareTo(b);
        });
        var result = new Quotation[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = quotes[order[i]];
        }

        return result;
    }

    private string? ComputeSpeakerId(Quotation quote)
    {
        if (quote.Speaker is not { } sp)
        {
            return null;
        }

        var under = MentionsIn(sp.Start, sp.End);
        var person = under.FirstOrDefault(m => m.Mention.Type == EntityType.Person) ?? under.FirstOrDefault();
        if (person is not null)
        {
            return person.EntityId;
        }

        var name = sp.ResolvedName;
        if (!string.IsNullOrWhiteSpace(name))
        {
            var slug = Slug(name, Lexicon);
            var names = _speakerNames.Value;
            if (names.ByName.TryGetValue(slug, out var id))
            {
                return id;
            }

            // A surname alone ("Smith") resolves to the person whose name ends with it.
            if (names.BySuffix.TryGetValue(slug, out var suffixId))
            {
                return suffixId;
            }

            return FallbackId(EntityType.Person, name, Lexicon);
        }

        return AnonymousId(sp.Text, Lexicon);
    }

    /// <summary>Whether a speaker id stands for an unnamed speaker.</summary>
    public static bool IsAnonymous(string? speakerId) => speakerId is not null && speakerId.StartsWith("anon:", StringComparison.Ordinal);

    /// <summary>The display name of an entity id seen in this document.</summary>
    public string NameOf(string id) => _names.Value.GetValueOrDefault(id, id);

    private static string AnonymousId(string description, Lexicon lexicon)
    {
        var words = ClaimText.Words(description, lexicon).Where(w => w is not ("a" or "an" or "the" or "one")).ToList();
        return "anon:" + string.Join('-', words);
    }

    private static ResolvedMention Resolve(EntityMention m, EntityResolution entities, Lexicon lexicon)
    {
        var e = entities.EntityOf(m);
        return e is not null
            ? new ResolvedMention(m, e.Id, e.Name)
            : new ResolvedMention(m, FallbackId(m.Type, m.Name, lexicon), m.Name);
    }

    /// <summary>
    /// Person mentions by folded name, first mention winning as the former scans in document order did: by the
    /// mention's own or its entity's name, and by every hyphen-started ending of the entity's name (surnames).
    /// </summary>
    private sealed class SpeakerNames
    {
        public SpeakerNames(ResolvedMention[] mentions, Lexicon lexicon)
        {
            foreach (var m in mentions)
            {
                if (m.Mention.Type != EntityType.Person)
                {
                    continue;
                }

                ByName.TryAdd(Slug(m.Mention.Name, lexicon), m.EntityId);
                var display = Slug(m.DisplayName, lexicon);
                ByName.TryAdd(display, m.EntityId);
                for (var i = display.IndexOf('-', StringComparison.Ordinal); i >= 0; i = display.IndexOf('-', i + 1))
                {
                    BySuffix.TryAdd(display[(i + 1)..], m.EntityId);
                }
            }
        }

        public Dictionary<string, string> ByName { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> BySuffix { get; } = new(StringComparer.Ordinal);
    }
}
