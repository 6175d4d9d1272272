using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Entities;
using FactCheck.Text;
using FuzzySharp;

namespace FactCheck.Conflicts;

/// <summary>
/// Quote rules: the same speaker's words worded differently across outlets (<c>quote-wording</c>), the same
/// words credited to different speakers (<c>attribution</c>), and a reported question that misstates the
/// direct quote beside it (<c>characterization</c>). Quotes are compared only within blocks of rare words.
/// </summary>
internal static class QuoteRules
{
    private const int MinWords = 5;

    // A short phrase ("leave no stone unturned") still shows who said it when it is quoted whole on both sides.
    private const int MinAttributedWords = 4;
    private const int MaxBlock = 200;
    private static readonly string[] Auxiliaries = ["have", "has", "had", "did", "do", "does", "are", "is", "was", "were", "will", "would", "can", "could", "should"];
    private static readonly string[] WhWords = ["what", "how", "why", "when", "where", "who", "which"];

    public static void Detect(DetectionScope scope, CancellationToken cancellationToken)
    {
        var quotes = new List<QuoteItem>();
        foreach (var view in scope.Views.Values.OrderBy(v => v.Document.Id, StringComparer.Ordinal))
        {
            foreach (var q in view.Quotes)
            {
                var words = QuoteWords(view.Document.Text, q.Start, q.End, scope.Lexicon);
                if (words.Count >= MinAttributedWords)
                {
                    quotes.Add(new QuoteItem(view.Document.Id, q, view.SpeakerId(q), words));
                }
            }
        }

        // Block on each quote's three rarest words: near-identical quotes share them.
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var q in quotes)
        {
            foreach (var w in q.Words.Select(w => w.Word).Where(w => w.Length > 3 && !scope.Lexicon.Stopwords.Contains(w)).Distinct(StringComparer.Ordinal))
            {
                df[w] = df.GetValueOrDefault(w) + 1;
            }
        }

        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < quotes.Count; i++)
        {
            var keys = quotes[i].Words.Select(w => w.Word).Where(df.ContainsKey).Distinct(StringComparer.Ordinal)
                .OrderBy(w => df[w] == 1 ? 1 : 0).ThenBy(w => df[w]).ThenBy(w => w, StringComparer.Ordinal).Take(3);
            foreach (var k in keys)
            {
                if (!blocks.TryGetValue(k, out var list))
                {
                    blocks[k] = list = [];
                }

                if (list.Count < MaxBlock)
                {
                    list.Add(i);
                }
            }
        }

        // The blocks each quote joined, by the rank of their key: a pair sharing several blocks is compared in the first one only.
        var blockOrder = blocks.Keys.Order(StringComparer.Ordinal).ToArray();
        var memberOf = new List<int>[quotes.Count];
        for (var r = 0; r < blockOrder.Length; r++)
        {
            foreach (var i in blocks[blockOrder[r]])
            {
                (memberOf[i] ??= []).Add(r);
            }
        }

        // Syndicated copies repeat the same words: the fuzzy check and the diff depend only on the words (and their
        // brackets), so each distinct pair of wordings is compared once.
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var shapeOf = quotes.Select(q => Shape(shapes, q)).ToArray();
        var diffs = new Dictionary<(int, int), Diff?>();
        var wording = new Dictionary<string, List<(QuoteItem A, QuoteItem B, Diff D)>>(StringComparer.Ordinal);
        var attribution = new Dictionary<string, List<(QuoteItem A, QuoteItem B, Diff D)>>(StringComparer.Ordinal);
        for (var rank = 0; rank < blockOrder.Length; rank++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var list = blocks[blockOrder[rank]];
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var (i, j) = (list[x], list[y]);
                    var a = quotes[i];
                    var b = quotes[j];
                    if (a.Document == b.Document || FirstShared(memberOf[i], memberOf[j]) != rank)
                    {
                        continue;
                    }

                    if (!diffs.TryGetValue((shapeOf[i], shapeOf[j]), out var diff))
                    {
                        // FuzzySharp's partial ratio on the folded words rejects unrelated quotes before the word diff; its exact
                        // bit-parallel upper bound rules most of them out first (quote-heavy articles compare many unrelated pairs).
                        diff = PartialRatioBound.CannotReach(a.Folded, b.Folded, 60) || Fuzz.PartialRatio(a.Folded, b.Folded) < 60
                            ? null
                            : Diff.Of(a.Words, b.Words, EndsClause(a.Quote.Text) && EndsClause(b.Quote.Text));
                        diffs[(shapeOf[i], shapeOf[j])] = diff;
                    }

                    if (diff is null)
                    {
                        continue;
                    }

                    var shorter = Math.Min(a.Words.Count, b.Words.Count);
                    var wholeShort = shorter < MinWords && diff.Matched == shorter && a.Words.Count == b.Words.Count
                        && a.Words.Count(w => w.Word.Length > 3 && !scope.Lexicon.Stopwords.Contains(w.Word)) >= 2;
                    if ((diff.Matched < MinWords && !wholeShort) || diff.Matched < 0.8 * shorter)
                    {
                        continue;
                    }

                    // An uncredited copy of a credited quote (the speaker named a sentence away) still counts as the same speaker's.
                    var sameSpeaker = (a.Speaker is not null && a.Speaker == b.Speaker)
                        || ((a.Speaker is null) != (b.Speaker is null) && diff.Matched >= 8 && !DocumentView.IsAnonymous(a.Speaker ?? b.Speaker));
                    if (sameSpeaker && !wholeShort)
                    {
                        if (diff.HasInnerDifference)
                        {
                            var speaker = a.Speaker ?? b.Speaker!;
                            var sig = speaker + "|" + diff.Signature;
                            Add(wording, sig, (a with { Speaker = speaker }, b with { Speaker = speaker }, diff));
                        }
                    }
                    else if (a.Speaker is not null && b.Speaker is not null && !sameSpeaker && (diff.Matched >= 6 || wholeShort) && diff.Matched >= 0.85 * shorter
                        && !Nested(a, diff.FirstA, diff.LastA) && !Nested(b, diff.FirstB, diff.LastB))
                    {
                        var pair = string.CompareOrdinal(a.Speaker, b.Speaker) < 0 ? a.Speaker + "|" + b.Speaker : b.Speaker + "|" + a.Speaker;
                        Add(attribution, pair, (a, b, diff));
                    }
                }
            }
        }

        foreach (var (_, pairs) in wording.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            ReportWording(scope, pairs);
        }

        foreach (var (_, pairs) in attribution.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            ReportAttribution(scope, pairs);
        }
    }

    /// <summary>
    /// "X asked if/whether P" next to a direct question by X that is conditional and open ("If …, what will
    /// you do?") misstates the question: a yes/no question about the subject is not what was asked.
    /// </summary>
    public static void Paraphrases(DetectionScope scope)
    {
        // Each document is read on its own (in parallel); the findings are added in document order.
        var views = scope.Views.Values.OrderBy(v => v.Document.Id, StringComparer.Ordinal).ToArray();
        var found = new List<(string Summary, string Asker, Evidence[] Evidence)>[views.Length];
        Parallel.For(0, views.Length, k => found[k] = MisstatedQuestions(scope, views[k]));
        foreach (var (summary, asker, evidence) in found.SelectMany(f => f))
        {
            scope.Add(FindingKind.Characterization, Severity.Contradiction, 0.75, summary, [asker], evidence);
        }
    }

    private static List<(string Summary, string Asker, Evidence[] Evidence)> MisstatedQuestions(DetectionScope scope, DocumentView view)
    {
        var result = new List<(string Summary, string Asker, Evidence[] Evidence)>();
        {
            var doc = view.Document;
            foreach (var sentence in doc.Sentences)
            {
                var tokens = ClaimText.Tokenize(doc.Text, sentence.Start, sentence.End, scope.Lexicon);
                var cue = scope.Lexicon.QuestionCues.Matches(tokens).FirstOrDefault(m => view.QuoteAt(tokens[m.First].Start) is null);
                if (cue is null)
                {
                    continue;
                }

                var cueStart = tokens[cue.First].Start;
                var asker = view.MentionsIn(sentence.Start, cueStart)
                    .LastOrDefault(m => m.Mention.Type == EntityType.Person && view.QuoteAt(m.Mention.Start) is null);
                if (asker is null)
                {
                    continue;
                }

                var propStart = tokens[cue.Last].End;
                var proposition = doc.Text[propStart..sentence.End].Trim();
                var quote = view.Quotes.FirstOrDefault(q =>
                    q.Text.Contains('?', StringComparison.Ordinal)
                    && doc.SentenceAt(q.Start) is { } qs && qs.Index >= sentence.Index - 1 && qs.Index <= sentence.Index + 2 && qs.Index != sentence.Index
                    && (view.SpeakerId(q) == asker.EntityId || (q.Speaker is null && AskedBy(view, qs, asker.EntityId))));
                if (quote is null)
                {
                    continue;
                }

                var qWords = ClaimText.Words(quote.Text, scope.Lexicon);
                var conditional = qWords.Contains("if") || qWords.Contains("unless");
                var open = qWords.Any(w => WhWords.Contains(w));
                var yesNoQuote = qWords.Count > 0 && Auxiliaries.Contains(qWords[0]);
                var overlap = Dice(ClaimText.ContentWords(proposition, scope.Lexicon), ClaimText.ContentWords(quote.Text, scope.Lexicon));
                if (conditional && open && !yesNoQuote && overlap < 0.5)
                {
                    var name = scope.NameOf(asker.EntityId);
                    result.Add((
                        $"{doc.Id} reports that {name} asked whether {Shorten(proposition, 90)}, but its own quote shows a conditional question about what would be done (\u201C{Shorten(quote.Text, 90)}\u201D).",
                        asker.EntityId,
                        [
                            scope.Evidence(doc.Id, sentence.Start, sentence.End, "yes/no question: " + ClaimText.ContentString(proposition, scope.Lexicon)),
                            scope.Evidence(doc.Id, quote.Start, quote.End, "conditional question: " + ClaimText.ContentString(quote.Text, scope.Lexicon)),
                        ]));
                }
            }
        }

        return result;
    }

    /// <summary>For a quote nobody credited: the asker is named, outside quotes, in its sentence or a short one after it ("… do?" Smith asked.).</summary>
    private static bool AskedBy(DocumentView view, Sentence quoteSentence, string asker)
    {
        var doc = view.Document;
        var end = quoteSentence.End;
        if (quoteSentence.Index + 1 < doc.Sentences.Count && doc.Sentences[quoteSentence.Index + 1] is { } next && next.End - next.Start <= 60)
        {
            end = next.End;
        }

        return view.MentionsIn(quoteSentence.Start, end).Any(m => m.EntityId == asker && view.QuoteAt(m.Mention.Start) is null);
    }

    private static void ReportWording(DetectionScope scope, List<(QuoteItem A, QuoteItem B, Diff D)> pairs)
    {
        var (a, b, d) = pairs[0];
        var speaker = scope.NameOf(a.Speaker!);
        var onlyBrackets = pairs.All(p => p.D.OnlyBracketed);
        var severity = onlyBrackets ? Severity.Note : Severity.Difference;
        var sideA = pairs.Select(p => p.A).Concat(pairs.Where(p => p.D.SideAWords == d.SideAWords).Select(p => p.B)).Select(q => q.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var summary = $"{speaker}'s quote is worded differently: {d.Describe(a.Document, b.Document)}.";
        var evidence = pairs.SelectMany(p => new[]
        {
            scope.Evidence(p.A.Document, p.A.Quote.Start, p.A.Quote.End, p.D.SideAWords.Length == 0 ? "(without: " + p.D.SideBWords + ")" : p.D.SideAWords),
            scope.Evidence(p.B.Document, p.B.Quote.Start, p.B.Quote.End, p.D.SideBWords.Length == 0 ? "(without: " + p.D.SideAWords + ")" : p.D.SideBWords),
        });
        _ = sideA;
        scope.Add(FindingKind.QuoteWording, severity, onlyBrackets ? 0.5 : 0.8, summary, [a.Speaker!], evidence, rule: QuotesComparer.Wording);
    }

    private static void ReportAttribution(DetectionScope scope, List<(QuoteItem A, QuoteItem B, Diff D)> pairs)
    {
        var (a, b, _) = pairs[0];
        var anonymous = DocumentView.IsAnonymous(a.Speaker) || DocumentView.IsAnonymous(b.Speaker);
        var bothAnonymous = DocumentView.IsAnonymous(a.Speaker) && DocumentView.IsAnonymous(b.Speaker);
        var credits = pairs.SelectMany(p => new[] { p.A, p.B })
            .GroupBy(q => q.Speaker!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{(anonymous && !DocumentView.IsAnonymous(g.Key) ? "the named " : string.Empty)}{scope.NameOf(g.Key)} ({string.Join(", ", g.Select(q => q.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})");
        var words = Shorten(a.Words.Count <= b.Words.Count ? a.Quote.Text : b.Quote.Text, 80);
        var summary = $"The same words (\u201C{words}\u201D) are credited to {DetectionScope.List(credits)}.";
        // An unnamed description ("the union") against a named organization is likely the same body: a note. A
        // person against an organization, or a named person against an unnamed source, stays a difference.
        var unnamedOrganization = anonymous && !bothAnonymous
            && (DocumentView.IsAnonymous(a.Speaker) ? b.Speaker! : a.Speaker!).StartsWith("organization:", StringComparison.Ordinal);
        var severity = bothAnonymous || unnamedOrganization ? Severity.Note : Severity.Difference;
        scope.Add(FindingKind.Attribution, severity, anonymous ? 0.7 : 0.75, summary, [a.Speaker!, b.Speaker!],
            pairs.SelectMany(p => new[]
            {
                scope.Evidence(p.A.Document, p.A.Quote.Start, p.A.Quote.End, scope.NameOf(p.A.Speaker!)),
                scope.Evidence(p.B.Document, p.B.Quote.Start, p.B.Quote.End, scope.NameOf(p.B.Speaker!)),
            }), rule: QuotesComparer.Attribution);
    }

    /// <summary>Whether a quotation's text ends a clause inside its marks ("... toward it," or "... evidence."): it is not cut short.</summary>
    private static bool EndsClause(string text)
    {
        var t = text.AsSpan().TrimEnd();
        return t.Length > 0 && t[^1] is ',' or '.' or '!' or '?';
    }

    /// <summary>The lowest block rank two ascending rank lists share.</summary>
    private static int FirstShared(List<int> a, List<int> b)
    {
        foreach (var r in a)
        {
            if (b.Contains(r))
            {
                return r;
            }
        }

        return -1;
    }

    private static int Shape(Dictionary<string, int> shapes, QuoteItem q)
    {
        var key = q.Folded + "|" + string.Concat(q.Words.Select(w => w.Bracketed ? '1' : '0'));
        if (!shapes.TryGetValue(key, out var id))
        {
            shapes[key] = id = shapes.Count;
        }

        return id;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>Whether the matched words sit inside single quotes within the quote (a quote within a quote).</summary>
    private static bool Nested(QuoteItem q, int first, int last)
    {
        if (first < 0 || last < first)
        {
            return false;
        }

        var start = q.Words[first].Start;
        var end = q.Words[last].End;
        var text = q.Quote.Text;
        var relStart = start - q.Quote.Start;
        var relEnd = end - q.Quote.Start;
        var before = text[..Math.Max(0, relStart)];
        var after = text[Math.Min(text.Length, relEnd)..];
        static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019';
        var b = before.TrimEnd();
        var f = after.TrimStart(' ', ',', '.');
        return b.Length > 0 && IsSingle(b[^1]) && f.Length > 0 && IsSingle(f[0]);
    }

    private static List<QuoteWord> QuoteWords(string text, int start, int end, Lexicon lexicon)
    {
        var result = new List<QuoteWord>();
        var depth = 0;
        foreach (var t in ClaimText.Tokenize(text, start, end, lexicon))
        {
            if (t.Kind == TokenKind.Punctuation)
            {
                depth += t.Text is "[" or "(" ? 1 : t.Text is "]" or ")" ? -1 : 0;
                depth = Math.Max(depth, 0);
                continue;
            }

            // "law-enforcement" and "law enforcement" are the same words.
            var folded = ClaimText.Bare(t.Folded).TrimEnd('.');
            foreach (var part in folded.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                result.Add(new QuoteWord(part, t.Start, t.End, depth > 0));
            }
        }

        return result;
    }

    private static double Dice(List<string> a, List<string> b)
    {
        var x = a.ToHashSet(StringComparer.Ordinal);
        var y = b.ToHashSet(StringComparer.Ordinal);
        return x.Count + y.Count == 0 ? 0 : 2.0 * x.Count(y.Contains) / (x.Count + y.Count);
    }

    private static string Shorten(string text, int max)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',', '?');
        return t.Length <= max ? t : string.Concat(t.AsSpan(0, max - 1), "\u2026");
    }
}

/// <summary>A folded word of a quote with its offsets; <paramref name="Bracketed"/> when inside [ ] or ( ).</summary>
internal sealed record QuoteWord(string Word, int Start, int End, bool Bracketed);

/// <summary>A quotation with its document, speaker id and words.</summary>
internal sealed record QuoteItem(string Document, Quotation Quote, string? Speaker, List<QuoteWord> Words)
{
    /// <summary>The folded words joined by spaces.</summary>
    public string Folded { get; } = string.Join(' ', Words.Select(w => w.Word));
}

/// <summary>A word-level diff of two quotes (longest common subsequence), with truncation at either end ignored.</summary>
internal sealed class Diff
{
    private const int MaxDroppedTail = 4;
    private static readonly string[] ClauseStarters = ["and", "but", "or", "nor", "so", "yet", "because", "while", "which", "who", "when", "if", "as", "then", "although", "though", "since", "until", "unless", "whereas"];

    private Diff(int matched, List<string> onlyA, List<string> onlyB, bool onlyBracketed, int firstA, int lastA, int firstB, int lastB)
    {
        Matched = matched;
        OnlyA = onlyA;
        OnlyB = onlyB;
        OnlyBracketed = onlyBracketed;
        FirstA = firstA;
        LastA = lastA;
        FirstB = firstB;
        LastB = lastB;
    }

    public int Matched { get; }

    /// <summary>Words inside the shared stretch that only the first quote has.</summary>
    public List<string> OnlyA { get; }

    /// <summary>Words inside the shared stretch that only the second quote has.</summary>
    public List<string> OnlyB { get; }

    /// <summary>Whether every differing word is an editorial insertion in brackets.</summary>
    public bool OnlyBracketed { get; }

    public int FirstA { get; }

    public int LastA { get; }

    public int FirstB { get; }

    public int LastB { get; }

    public bool HasInnerDifference => OnlyA.Count + OnlyB.Count > 0;

    public string SideAWords => string.Join(' ', OnlyA);

    public string SideBWords => string.Join(' ', OnlyB);

    /// <summary>Order-independent key: the two sides' differing words.</summary>
    public string Signature => string.CompareOrdinal(SideAWords, SideBWords) < 0 ? SideAWords + "/" + SideBWords : SideBWords + "/" + SideAWords;

    public string Describe(string docA, string docB)
    {
        if (OnlyA.Count > 0 && OnlyB.Count > 0)
        {
            return $"{docA} has \u201C{SideAWords}\u201D where {docB} has \u201C{SideBWords}\u201D";
        }

        return OnlyA.Count > 0
            ? $"{docA} has \u201C{SideAWords}\u201D, which {docB} does not"
            : $"{docB} has \u201C{SideBWords}\u201D, which {docA} does not";
    }

    /// <summary>The word diff of two quotes; <paramref name="bothClosed"/>: both end a clause, so a short tail only one has was dropped, not cut.</summary>
    public static Diff Of(List<QuoteWord> a, List<QuoteWord> b, bool bothClosed = false)
    {
        var n = a.Count;
        var m = b.Count;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i].Word == b[j].Word ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        // Walk the alignment; remember unmatched runs and where matching starts and ends on each side.
        var ops = new List<(char Op, int I, int J)>();
        {
            int i = 0, j = 0;
            while (i < n && j < m)
            {
                if (a[i].Word == b[j].Word)
                {
                    ops.Add(('=', i++, j++));
                }
                else if (lcs[i + 1, j] >= lcs[i, j + 1])
                {
                    ops.Add(('-', i++, -1));
                }
                else
                {
                    ops.Add(('+', -1, j++));
                }
            }

            while (i < n)
            {
                ops.Add(('-', i++, -1));
            }

            while (j < m)
            {
                ops.Add(('+', -1, j++));
            }
        }

        var firstEq = ops.FindIndex(o => o.Op == '=');
        var lastEq = ops.FindLastIndex(o => o.Op == '=');
        if (firstEq < 0)
        {
            return new Diff(0, [], [], false, -1, -1, -1, -1);
        }

        var onlyA = new List<string>();
        var onlyB = new List<string>();
        var bracketed = true;
        for (var k = firstEq; k <= lastEq; k++)
        {
            var (op, i, j) = ops[k];
            if (op == '-')
            {
                onlyA.Add(a[i].Word);
                bracketed &= a[i].Bracketed;
            }
            else if (op == '+')
            {
                onlyB.Add(b[j].Word);
                bracketed &= b[j].Bracketed;
            }
        }

        // Different words before the shared stretch on BOTH sides are a substitution, not a truncation.
        var leadA = ops.Take(firstEq).Where(o => o.Op == '-').Select(o => a[o.I]).ToList();
        var leadB = ops.Take(firstEq).Where(o => o.Op == '+').Select(o => b[o.J]).ToList();
        if (leadA.Count > 0 && leadB.Count > 0 && leadA.Count <= 3 && leadB.Count <= 3)
        {
            onlyA.InsertRange(0, leadA.Select(w => w.Word));
            onlyB.InsertRange(0, leadB.Select(w => w.Word));
            bracketed &= leadA.All(w => w.Bracketed) && leadB.All(w => w.Bracketed);
        }

        // Both quotes end a clause: a short tail on one side only ("with hostility toward it," / "with hostility,") was dropped.
        if (bothClosed)
        {
            var tailA = ops.Skip(lastEq + 1).Where(o => o.Op == '-').Select(o => a[o.I]).ToList();
            var tailB = ops.Skip(lastEq + 1).Where(o => o.Op == '+').Select(o => b[o.J]).ToList();
            // A tail opening a new clause ("..., and we never will,") is a truncation at a clause boundary, not a change.
            var tail = tailA.Count > 0 ? tailA : tailB;
            if (tailA.Count + tailB.Count is > 0 and <= MaxDroppedTail && (tailA.Count == 0 || tailB.Count == 0) && !ClauseStarters.Contains(tail[0].Word))
            {
                onlyA.AddRange(tailA.Select(w => w.Word));
                onlyB.AddRange(tailB.Select(w => w.Word));
                bracketed &= tailA.All(w => w.Bracketed) && tailB.All(w => w.Bracketed);
            }
        }

        return new Diff(lcs[0, 0], onlyA, onlyB, bracketed && onlyA.Count + onlyB.Count > 0, ops[firstEq].I, ops[lastEq].I, ops[firstEq].J, ops[lastEq].J);
    }
}
