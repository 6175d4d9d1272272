using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Entities;
using FactCheck.Text;

namespace FactCheck.Conflicts;

/// <summary>Rules over people across outlets: differing roles and titles, and who demanded what (the stance matrix).</summary>
internal static class CoverageRules
{
    /// <summary>
    /// The same person given titles with the same head noun but different qualifiers ("agency spokeswoman" vs
    /// "a spokeswoman for the minister") is a difference; one title inside the other is a note. Different heads
    /// ("senator", "adviser") are different roles a person can hold together, and are not flagged.
    /// </summary>
    public static void RoleTitles(DetectionScope scope)
    {
        var roles = new List<(string Person, string Document, string Text, int Start, int End, string Normalized)>();
        foreach (var c in scope.Context.Claims.Where(c => c.Frame == "role"))
        {
            var person = c.Arguments.FirstOrDefault(a => a.Role == "agent")?.EntityId;
            var role = c.Arguments.FirstOrDefault(a => a.Role == "role");
            if (person is null || role?.Value is null || role.Value.StartsWith("then:", StringComparison.Ordinal))
            {
                continue;
            }

            roles.Add((person, c.Document, role.Text, role.Start, role.End, role.Value));
        }

        var seen = roles.Select(x => (x.Person, x.Document, x.Start)).ToHashSet();
        foreach (var e in scope.Context.Entities.Entities.Where(e => e.Type == EntityType.Person))
        {
            foreach (var r in e.Roles)
            {
                if (scope.Views.ContainsKey(r.Document) && seen.Add((e.Id, r.Document, r.Start)))
                {
                    roles.Add((e.Id, r.Document, r.Text, r.Start, r.End, SentenceContext.NormalizeRole(r.Text, scope.Lexicon)));
                }
            }
        }

        var shifters = scope.Lexicon.TimeShifters;
        var parses = new Dictionary<string, (string? Head, HashSet<string> Qualifiers)>(StringComparer.Ordinal);
        foreach (var byPerson in roles.GroupBy(r => r.Person, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parsed = byPerson
                .Where(r => !r.Normalized.Split(' ').Any(shifters.Contains))
                .Select(r => (Role: r, Parts: parses.TryGetValue(r.Normalized, out var p) ? p : parses[r.Normalized] = Parse(r.Normalized, scope.Lexicon)))
                .Where(x => x.Parts.Head is not null)
                .ToArray();
            CrossHeadTitles(scope, byPerson.Key, parsed.Select(x => (x.Role.Document, x.Role.Text, x.Role.Start, x.Role.End, x.Role.Normalized, x.Parts.Head!)));
            foreach (var byHead in parsed.GroupBy(x => x.Parts.Head!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var items = byHead.ToArray();
                Severity? worst = null;

                // Titles with the same qualifiers never differ, so compare each distinct qualifier set once
                // (with the documents that use it) instead of every pair of titles: a person titled in
                // thousands of articles has only a handful of distinct titles.
                var kinds = items.GroupBy(x => string.Join(' ', x.Parts.Qualifiers.Order(StringComparer.Ordinal)), StringComparer.Ordinal)
                    .Select(g => (g.First().Parts.Qualifiers, Documents: g.Select(x => x.Role.Document).Distinct(StringComparer.Ordinal).Take(2).ToArray()))
                    .ToArray();
                for (var i = 0; i < kinds.Length && worst != Severity.Difference; i++)
                {
                    for (var j = i + 1; j < kinds.Length; j++)
                    {
                        // Some pair of titles comes from two documents unless both kinds occur only in one and the same document.
                        if (kinds[i].Documents.Length == 1 && kinds[j].Documents.Length == 1 && kinds[i].Documents[0] == kinds[j].Documents[0])
                        {
                            continue;
                        }

                        var qa = kinds[i].Qualifiers;
                        var qb = kinds[j].Qualifiers;
                        var aInB = qa.All(w => qb.Any(v => SameWord(w, v)));
                        var bInA = qb.All(w => qa.Any(v => SameWord(w, v)));
                        if (aInB && bInA)
                        {
                            continue;
                        }

                        // A compound title ("president and CEO") names a second role the other title lacks: a difference.
                        var extraRole = qa.Concat(qb).Any(w => !(qa.Contains(w) && qb.Contains(w)) && IsRoleWord(w, scope.Lexicon));
                        var s = (aInB || bInA) && !extraRole ? Severity.Note : Severity.Difference;
                        worst = worst is null || s > worst ? s : worst;
                    }
                }

                if (worst is not { } severity)
                {
                    continue;
                }

                var variants = items.GroupBy(x => string.Join(' ', x.Parts.Qualifiers.Order(StringComparer.Ordinal)), StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"\u201C{g.First().Role.Text}\u201D ({string.Join(", ", g.Select(x => x.Role.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})");
                var name = scope.NameOf(byPerson.Key);
                var summary = severity == Severity.Difference
                    ? $"Outlets give {name} different titles: {DetectionScope.List(variants)}."
                    : $"Outlets give {name} more or less specific titles: {DetectionScope.List(variants)}.";
                scope.Add(FindingKind.RoleTitle, severity, severity == Severity.Difference ? 0.6 : 0.4, summary, [byPerson.Key],
                    items.Select(x => scope.Evidence(x.Role.Document, x.Role.Start, x.Role.End, x.Role.Normalized)));
            }
        }
    }

    /// <summary>
    /// Titles with different heads for one person at one organization ("its lead investigator" in one outlet,
    /// "whose chief inspector" in another, both about the same board): the same post named two ways. A person
    /// given both titles in one document may hold both, so such pairs are left alone.
    /// </summary>
    private static void CrossHeadTitles(DetectionScope scope, string person, IEnumerable<(string Document, string Text, int Start, int End, string Normalized, string Head)> titles)
    {
        var owned = titles
            .Select(t => (Title: t, Owner: OwnerOf(scope, t.Document, t.Start, t.End)))
            .Where(x => x.Owner is not null)
            .ToArray();
        foreach (var byOwner in owned.GroupBy(x => x.Owner!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var heads = byOwner.Select(x => x.Title.Head).Distinct(StringComparer.Ordinal).ToArray();
            if (heads.Length < 2 || byOwner.GroupBy(x => x.Title.Document, StringComparer.Ordinal).Any(d => d.Select(x => x.Title.Head).Distinct(StringComparer.Ordinal).Count() > 1))
            {
                continue;
            }

            var variants = byOwner.GroupBy(x => x.Title.Head, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"\u201C{g.First().Title.Text}\u201D ({string.Join(", ", g.Select(x => x.Title.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})");
            var summary = $"Outlets give {scope.NameOf(person)} different titles at {scope.NameOf(byOwner.Key)}: {DetectionScope.List(variants)}.";
            scope.Add(FindingKind.RoleTitle, Severity.Difference, 0.5, summary, [person, byOwner.Key],
                byOwner.Select(x => scope.Evidence(x.Title.Document, x.Title.Start, x.Title.End, x.Title.Normalized)), rule: RoleTitlesComparer.SameOwner);
        }
    }

    /// <summary>
    /// The organization a title belongs to when the text says so: "its"/"whose" right before the title (the
    /// nearest organization earlier in the sentence), "Acme's title", or "title of/at Acme".
    /// </summary>
    private static string? OwnerOf(DetectionScope scope, string document, int start, int end)
    {
        if (!scope.Views.TryGetValue(document, out var view) || view.Document.SentenceAt(start) is not { } sentence)
        {
            return null;
        }

        var text = view.Document.Text;
        var mentions = view.MentionsIn(sentence.Start, sentence.End);
        var lead = text.AsSpan(Math.Max(sentence.Start, start - 7), start - Math.Max(sentence.Start, start - 7)).ToString();
        var own = text.AsSpan(start, end - start);
        var pronoun = own.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || own.StartsWith("whose ", StringComparison.OrdinalIgnoreCase)
            || lead.EndsWith(" its ", StringComparison.Ordinal) || lead.EndsWith(" whose ", StringComparison.Ordinal)
            || lead.EndsWith(", whose ", StringComparison.Ordinal);
        if (pronoun)
        {
            return mentions.LastOrDefault(m => m.Mention.Type == EntityType.Organization && m.Mention.End <= start)?.EntityId;
        }

        // "Acme's chief inspector": the organization's possessive right before the title (or opening it).
        var possessive = mentions.FirstOrDefault(m => m.Mention.Type == EntityType.Organization
            && m.Mention.End + 3 >= start && m.Mention.End <= end && m.Mention.Start < start + 1
            && text.AsSpan(m.Mention.End).StartsWith("'s ", StringComparison.Ordinal));
        if (possessive is not null)
        {
            return possessive.EntityId;
        }

        // "Acme Board press secretary": an organization opening the title, before its head.
        var opening = mentions.FirstOrDefault(m => m.Mention.Type == EntityType.Organization && m.Mention.Start >= start && m.Mention.End < end
            && text.AsSpan(start, m.Mention.Start - start).Trim().Length == 0);
        if (opening is not null)
        {
            return opening.EntityId;
        }

        // "chief inspector of the Acme Board".
        var after = mentions.FirstOrDefault(m => m.Mention.Type == EntityType.Organization && m.Mention.Start >= end && m.Mention.Start - end <= 9);
        if (after is not null)
        {
            var gap = text[end..after.Mention.Start];
            if (gap is " of " or " at " or " of the " or " at the ")
            {
                return after.EntityId;
            }
        }

        return null;
    }

    /// <summary>The stance matrix: one cell per (person, demand, document) from the demand claims.</summary>
    public static IReadOnlyList<Stance> Stances(DetectionScope scope)
    {
        var cells = new Dictionary<(string, string, string), Stance>();
        var quotedCells = new HashSet<(string, string, string)>();
        var freeCells = new HashSet<(string, string, string)>();
        var types = scope.Context.Entities.Entities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        foreach (var c in scope.Context.Claims.Where(c => c.Frame == "demand" && !c.Negated)
                     .OrderBy(c => c.Document, StringComparer.Ordinal).ThenBy(c => c.Start))
        {
            var demand = c.ValueOf(ArgumentRoles.Demand);
            var demandArg = c.Arguments.First(a => a.Role == "demand");
            var target = c.Arguments.FirstOrDefault(a => a.Role == "patient")?.EntityId;
            foreach (var agent in c.Arguments.Where(a => a.Role == "agent" && a.EntityId is not null))
            {
                if (agent.EntityId == target || demand is null || (types.TryGetValue(agent.EntityId!, out var t) && t is EntityType.Place or EntityType.Other))
                {
                    continue;
                }

                var key = (agent.EntityId!, demand, c.Document);
                var stance = new Stance(agent.EntityId!, demand, c.Document, scope.Evidence(c.Document, c.Start, c.End, demand)) { Conditional = c.Conditional };
                if (!cells.TryGetValue(key, out var existing))
                {
                    cells[key] = stance;
                }
                else if (existing.Conditional && !c.Conditional)
                {
                    // An unconditional call in the same outlet outweighs a conditional one.
                    cells[key] = stance;
                    quotedCells.Remove(key);
                }
                else if (c.Quoted && c.Speaker == agent.EntityId && !quotedCells.Contains(key) && existing.Conditional == c.Conditional && freeCells.Contains(key))
                {
                    // The person's own quoted words are better evidence than the outlet's paraphrase of them.
                    cells[key] = stance;
                }

                if (c.Quoted && c.Speaker == agent.EntityId && cells[key] == stance)
                {
                    quotedCells.Add(key);
                }

                if (cells[key] == stance && c.Arguments.Any(a => a.Role == "rule"))
                {
                    // Read by a free-form construction (a paraphrase or a hope): the speaker's own words may replace it.
                    freeCells.Add(key);
                }
            }

            _ = demandArg;
        }

        return cells.Values
            .OrderBy(s => s.Entity, StringComparer.Ordinal)
            .ThenBy(s => s.Demand, StringComparer.Ordinal)
            .ThenBy(s => s.Document, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// Outlets that report different demands from the same person are a difference; an outlet that mentions
    /// the person but reports none of the demands others report is a note.
    /// </summary>
    public static void StanceCoverage(DetectionScope scope, IReadOnlyList<Stance> stances)
    {
        foreach (var byEntity in stances.GroupBy(s => s.Entity, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = scope.NameOf(byEntity.Key);
            var perDoc = byEntity.GroupBy(s => s.Document, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Document: g.Key, Demands: g.Select(s => s.Demand).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), Stances: g.ToArray()))
                .ToArray();
            var sets = perDoc.Select(d => string.Join(",", d.Demands)).Distinct(StringComparer.Ordinal).ToArray();
            if (perDoc.Length >= 2 && sets.Length >= 2)
            {
                // Free-form demands are normalized loosely ("replace sequester", "cancel cuts"): outlets that word one
                // position differently are a note; only the named demands (resign, recuse, ...) make a difference.
                var named = perDoc.Select(d => string.Join(",", d.Demands.Where(scope.Lexicon.NamedDemands.Contains))).Distinct(StringComparer.Ordinal).Count();
                var severity = named >= 2 ? Severity.Difference : Severity.Note;
                var described = perDoc.GroupBy(d => string.Join(" and ", d.Demands), StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{string.Join(", ", g.Select(d => d.Document))} report{(g.Count() == 1 ? "s" : string.Empty)} a call for {DemandWording.List(g.First().Demands)}");
                scope.Add(FindingKind.StanceCoverage, severity, 0.55,
                    $"Outlets differ about what {name} demanded: {DetectionScope.List(described)}.",
                    [byEntity.Key], perDoc.SelectMany(d => d.Stances).Select(s => s.Evidence));
            }

            // Documents that mention the person but report no demand from them.
            var reported = perDoc.Select(d => d.Document).ToHashSet(StringComparer.Ordinal);
            var silent = new List<Evidence>();
            foreach (var view in scope.Views.Values.OrderBy(v => v.Document.Id, StringComparer.Ordinal))
            {
                if (reported.Contains(view.Document.Id))
                {
                    continue;
                }

                var mention = view.Mentions.FirstOrDefault(m => m.EntityId == byEntity.Key);
                if (mention is not null)
                {
                    silent.Add(scope.Evidence(view.Document.Id, mention.Mention.Start, mention.Mention.End, "no demand reported"));
                }
            }

            if (silent.Count > 0)
            {
                var demands = DemandWording.List([.. byEntity.Select(s => s.Demand).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
                scope.Add(FindingKind.StanceCoverage, Severity.Note, 0.4,
                    $"{string.Join(", ", silent.Select(e => e.Document))} mention{(silent.Count == 1 ? "s" : string.Empty)} {name} without reporting the call for {demands} that {string.Join(", ", reported.Order(StringComparer.Ordinal))} report{(reported.Count == 1 ? "s" : string.Empty)}.",
                    [byEntity.Key], silent.Concat(byEntity.Select(s => s.Evidence)), rule: StanceCoverageComparer.Silent);
            }
        }
    }

    /// <summary>Whether a single qualifier word is itself a title ("president" in "president and CEO").</summary>
    private static bool IsRoleWord(string word, Lexicon lexicon)
    {
        var tokens = ClaimText.Tokenize(word, 0, word.Length, lexicon);
        return tokens.Count == 1 && lexicon.RoleNouns.TryMatchAt(tokens, 0) is { } m && m.First == 0 && m.Last == 0;
    }

    /// <summary>Words equal up to an ending ("russia" / "russian", "canada" / "canadian").</summary>
    private static bool SameWord(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= 5 && common >= 0.8 * Math.Min(a.Length, b.Length);
    }

    /// <summary>Splits a normalized role into its head noun and its qualifiers ("spokeswoman for the agency" → spokeswoman; agency).</summary>
    private static (string? Head, HashSet<string> Qualifiers) Parse(string normalized, Lexicon lexicon)
    {
        var tokens = ClaimText.Tokenize(normalized, 0, normalized.Length, lexicon);
        string? head = null;
        var headFirst = -1;
        var headLast = -1;
        var stop = tokens.FindIndex(t => t.Folded is "for" or "of" or "at" or "to" or "on" or "with");
        var limit = stop < 0 ? tokens.Count : stop;
        for (var i = 0; i < limit; i++)
        {
            if (lexicon.RoleNouns.TryMatchAt(tokens, i) is { } m && m.Last < limit)
            {
                head = m.Phrase.TrimEnd('.');
                headFirst = m.First;
                headLast = m.Last;
                i = m.Last;
            }
        }

        var qualifiers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i < headFirst || i > headLast) && tokens[i].Kind == TokenKind.Word)
            {
                var w = ClaimText.Bare(tokens[i].Folded);
                if (!lexicon.Stopwords.Contains(w))
                {
                    qualifiers.Add(w);
                }
            }
        }

        return (head, qualifiers);
    }
}
