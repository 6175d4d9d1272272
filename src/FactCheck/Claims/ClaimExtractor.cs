using FactCheck.Entities;
using FactCheck.Languages;
using FactCheck.Text;
using FactCheck.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Claims;

/// <summary>
/// Default <see cref="IClaimExtractor"/>: reads each sentence for the recurring news frames (contact, demand,
/// statement, role, quantity, departure, event) with a generic fallback, using the word lists in
/// <c>Claims/Data</c>. Pure and stateless: safe to run on many documents at once.
/// </summary>
public sealed partial class ClaimExtractor : IClaimExtractor
{
    private readonly ILogger _logger;
    private readonly Lexicon _lexicon;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    /// <param name="language">The word lists to read; default <see cref="LanguagePack.English"/>.</param>
    public ClaimExtractor(ILogger<ClaimExtractor>? logger = null, LanguagePack? language = null)
    {
        _logger = logger ?? NullLogger<ClaimExtractor>.Instance;
        _lexicon = Lexicon.For(language ?? LanguagePack.English);
    }

    /// <inheritdoc />
    public IReadOnlyList<Claim> Extract(AnalyzedDocument document, EntityResolution entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        var view = new DocumentView(document, entities, _lexicon);
        var claims = new List<Claim>();
        IReadOnlyList<ClaimArgument>? lastContact = null;
        var lastContactSentence = -10;
        var found = new List<Claim>();
        foreach (var sentence in document.Sentences)
        {
            var s = new SentenceContext(view, sentence);
            var before = claims.Count;
            found.Clear();
            Contact(s, found, ref lastContact, ref lastContactSentence);
            Demands(s, found);
            FreeDemands(s, found);
            Departures(s, found);
            Statements(s, found);
            Quantities(s, found);
            Events(s, found);
            Roles(s, found);
            if (!HasFrameOtherThan(found, "role", "statement"))
            {
                Generic(s, found);
            }

            // Each claim was made with its id (document#sentence.n, n its position in found).
            claims.AddRange(found);

            _ = before;
        }

        LogExtracted(_logger, document.Id, claims.Count);
        return claims;
    }

    private static bool HasFrameOtherThan(List<Claim> found, string a, string b)
    {
        foreach (var c in found)
        {
            if (c.Frame != a && c.Frame != b)
            {
                return true;
            }
        }

        return false;
    }

    private static void Contact(SentenceContext s, List<Claim> found, ref IReadOnlyList<ClaimArgument>? lastParticipants, ref int lastSentence)
    {
        var matches = s.Match(s.Lexicon.Contact);
        if (matches.Count == 0)
        {
            return;
        }

        // One contact claim per sentence, anchored on the first trigger outside quotes when there is one.
        PhraseMatch? unquoted = null;
        foreach (var m in matches)
        {
            if (!s.InQuote(m.First))
            {
                unquoted = m;
                break;
            }
        }

        var trigger = unquoted ?? matches[0];
        var participants = new List<ClaimArgument>();
        foreach (var m in s.ContactParticipants(trigger))
        {
            if (!SentenceContext.HasEntity(participants, m.EntityId))
            {
                participants.Add(new ClaimArgument("participant", m.Mention.Text, m.Mention.Start, m.Mention.End, m.EntityId));
            }
        }

        var count = s.Count(trigger);
        var inherited = false;
        if (participants.Count == 0 && s.Sentence.Index - lastSentence <= 3 && lastParticipants is not null
            && (s.Persons(outsideQuotes: true).Count == 0 || s.Anaphoric(trigger)))
        {
            // "The other meeting took place in July": the participants carry over from the previous contact sentence.
            participants = [.. lastParticipants];
            inherited = true;
        }

        if (participants.Count == 0)
        {
            return;
        }

        var args = new List<ClaimArgument>(participants);
        if (count is { } c)
        {
            args.Add(c);
        }

        args.AddRange(s.Times(trigger.First));
        args.AddRange(s.Places());
        if (s.Capacity() is { } cap)
        {
            args.Add(cap);
        }

        var negated = trigger.First == trigger.Last && s.NegatedVerb(trigger.First) && !IsNoun(s.Tokens[trigger.First].Folded);
        found.Add(s.Make("contact", args, found.Count) with { Negated = negated, Quoted = s.InQuote(trigger.First), Speaker = s.SpeakerAt(trigger.First) });

        // A sentence with two participants or a count anchors the following ones ("the two meetings …").
        if (!inherited && (participants.Count >= 2 || count is not null || lastParticipants is null || s.Sentence.Index - lastSentence > 3))
        {
            lastParticipants = participants;
            lastSentence = s.Sentence.Index;
        }
        else if (inherited)
        {
            lastSentence = s.Sentence.Index;
        }
    }

    private static bool IsNoun(string folded) => folded.EndsWith('s') || folded is "contact" or "encounter" or "conversation" or "meeting";

    private static void Demands(SentenceContext s, List<Claim> found)
    {
        foreach (var m in s.Match(s.Lexicon.DemandPhrases))
        {
            var cue = s.CueBefore(m.First, s.Lexicon.WeakDemands.Contains(m.Phrase) ? 4 : 12);
            var imperative = m.Last + 1 < s.Tokens.Count && s.Tokens[m.Last + 1].Folded is "yourself" or "yourselves";
            if (cue is null && !imperative)
            {
                continue;
            }

            var quoted = s.InQuote(m.First);
            var anchor = cue?.First ?? m.First;
            var negated = s.NegatedBefore(anchor, 4);
            var args = new List<ClaimArgument> { s.Arg("demand", m.First, m.Last, m.Value) };
            var target = s.Target(cue, m);
            if (target is not null)
            {
                args.Add(new ClaimArgument("patient", target.Mention.Text, target.Mention.Start, target.Mention.End, target.EntityId));
            }

            string? speaker = null;
            if (quoted)
            {
                speaker = s.SpeakerAt(m.First);
                if (speaker is not null && !DocumentView.IsAnonymous(speaker))
                {
                    args.Add(new ClaimArgument("agent", s.View.NameOf(speaker), s.Tokens[m.First].Start, s.Tokens[m.Last].End, speaker));
                }
            }

            if (!args.Any(a => a.Role == "agent"))
            {
                foreach (var agent in s.Persons(outsideQuotes: true).Where(p => p.Mention.End <= s.Tokens[anchor].Start && p.EntityId != target?.EntityId && !s.IsCredited(p)))
                {
                    args.Add(new ClaimArgument("agent", agent.Mention.Text, agent.Mention.Start, agent.Mention.End, agent.EntityId));
                }

                // No person before the cue: the sentence's organization subject demands ("Acme Capital ... has demanded that X resign").
                if (!args.Any(a => a.Role == "agent") && cue is not null
                    && s.OrganizationSubject(s.Tokens[anchor].Start) is { } org && org.EntityId != target?.EntityId)
                {
                    args.Add(new ClaimArgument("agent", org.Mention.Text, org.Mention.Start, org.Mention.End, org.EntityId));
                }
            }

            // An agent who is also the target is asking for himself ("I will recuse myself"): not a demand.
            args = args.DistinctBy(a => (a.Role, a.EntityId, a.Value)).ToList();
            var conditional = s.Conditional(m.First);
            found.Add(s.Make("demand", args, found.Count) with
            {
                Negated = negated,
                Conditional = conditional,
                Quoted = quoted,
                Speaker = speaker,
            });
        }
    }

    /// <summary>
    /// Free-form demands (<see cref="DemandConstructions"/>): "urged the agency to delay X", "proposed that X be
    /// dropped", "introduced a bill to block X". The agent is a person named before the cue (inside the same quote
    /// when the cue is quoted), else the quote's speaker, else the sentence's organization subject, else the people a
    /// leading pronoun ("they") stands for. Demands the closed set already read stay named demands.
    /// </summary>
    private static void FreeDemands(SentenceContext s, List<Claim> found)
    {
        var demands = s.Lexicon.Demands.Find(s.Tokens, s.InQuote);
        foreach (var d in demands)
        {
            var cueStart = s.Tokens[d.CueFirst].Start;
            var actionEnd = s.Tokens[d.ActionLast].End;
            // The closed set already read a demand after this cue ("called for Roe's resignation"): it stays named.
            if (found.Any(c => c.Frame == "demand" && c.Arguments.Any(a => a.Role == "demand" && a.End > cueStart)))
            {
                continue;
            }

            // The action names a closed demand ("called for his resignation"): the closed set's rule reads it.
            if (d.Rule != "demand-hope" && ClosedDemandIn(s, d) is not null)
            {
                continue;
            }

            var quoted = s.InQuote(d.CueFirst);
            var negated = s.NegatedBefore(d.CueFirst, 3);
            var args = new List<ClaimArgument>
            {
                s.Arg("demand", d.ActionFirst, d.ActionLast, d.Action),
                s.Arg("rule", d.CueFirst, d.CueLast, d.Rule),
            };
            string? speaker = quoted ? s.SpeakerAt(d.CueFirst) : null;
            foreach (var agent in s.DemandAgents(d.CueFirst, quoted, speaker))
            {
                if (!SentenceContext.HasEntity(args, agent.EntityId))
                {
                    args.Add(agent);
                }
            }

            if (!args.Any(a => a.Role == "agent"))
            {
                continue;
            }

            found.Add(s.Make("demand", args, found.Count) with
            {
                Negated = negated,
                Conditional = s.Conditional(d.CueFirst),
                Quoted = quoted,
                Speaker = speaker,
            });
        }
    }

    private static PhraseMatch? ClosedDemandIn(SentenceContext s, FreeDemand d)
    {
        for (var i = d.ActionFirst; i <= d.ActionLast; i++)
        {
            if (s.MatchAt(s.Lexicon.DemandPhrases, i) is { } m && !s.Lexicon.WeakDemands.Contains(m.Phrase))
            {
                return m;
            }
        }

        return null;
    }

    private static void Departures(SentenceContext s, List<Claim> found)
    {
        foreach (var m in s.Match(s.Lexicon.Departure))
        {
            // "called for his resignation", "must resign": a demand, not a departure.
            if (s.CueBefore(m.First, 8) is not null || (m.First > 0 && s.Tokens[m.First - 1].Folded == "to" && !m.Phrase.Contains(' ', StringComparison.Ordinal)))
            {
                continue;
            }

            // A participle after an article or a preposition describes ("by retired engineer Ana Ortiz"): no departure is told.
            if (m.First > 0 && s.IsParticiple(m) && s.Lexicon.NounPhraseOpeners.Contains(s.Tokens[m.First - 1].Folded))
            {
                continue;
            }

            var subject = s.DepartedPerson(m);
            if (subject is null)
            {
                continue;
            }

            var args = new List<ClaimArgument>
            {
                new("patient", subject.Mention.Text, subject.Mention.Start, subject.Mention.End, subject.EntityId),
                s.Arg("manner", m.First, m.Last, m.Value),
            };
            args.AddRange(s.Times(m.First));
            found.Add(s.Make("departure", args, found.Count) with
            {
                Negated = s.NegatedBefore(m.First, 3),
                Quoted = s.InQuote(m.First),
                Speaker = s.SpeakerAt(m.First),
            });
        }
    }

    private static void Statements(SentenceContext s, List<Claim> found)
    {
        bool? denial = null;
        foreach (var q in s.View.QuotesOf(s.Sentence))
        {
            var args = new List<ClaimArgument> { new("content", q.Text, q.Start, q.End) };
            var speaker = s.View.SpeakerId(q);
            if (speaker is not null && q.Speaker is { } sp)
            {
                args.Add(new ClaimArgument("agent", sp.Text, sp.Start, sp.End, speaker));
            }

            denial ??= TextFolding.Fold(s.Sentence.Text) is var folded
                && (folded.Contains("denied", StringComparison.Ordinal) || folded.Contains("denies", StringComparison.Ordinal));
            found.Add(new Claim(s.ClaimId(found.Count), s.Doc.Id, s.Sentence.Index, q.Start, q.End, "statement", q.Text, args)
            {
                Negated = denial.Value,
                Hedges = s.Hedges,
                CreditedSource = s.Credit,
                Quoted = true,
                Speaker = speaker,
            });
        }

        // Reported speech outside quotes: "<person> said/denied that ...".
        for (var i = 0; i < s.Tokens.Count - 1; i++)
        {
            // Cheapest test first: the tests have no side effects, so their order does not change the outcome.
            if (s.Tokens[i + 1].Folded != "that" || !s.Lexicon.SpeechVerbs.Contains(s.Tokens[i].Folded) || s.InQuote(i))
            {
                continue;
            }

            var speaker = s.Persons(outsideQuotes: true).LastOrDefault(p => p.Mention.End <= s.Tokens[i].Start);
            if (speaker is null || s.Tokens.Count - i < 5)
            {
                continue;
            }

            var start = s.Tokens[i + 2].Start;
            var end = s.Tokens[^1].End;
            var content = s.Doc.Text[start..end];
            var args = new List<ClaimArgument>
            {
                new("agent", speaker.Mention.Text, speaker.Mention.Start, speaker.Mention.End, speaker.EntityId),
                new("content", content, start, end),
            };
            found.Add(s.Make("statement", args, found.Count) with { Negated = s.Tokens[i].Folded is "denied" or "denies" });
            break;
        }
    }

    private static void Quantities(SentenceContext s, List<Claim> found)
    {
        foreach (var q in s.Quantities())
        {
            var args = new List<ClaimArgument> { q.Number };
            if (q.Unit is not null)
            {
                args.Add(q.Number with { Role = "unit", Value = q.Unit });
            }

            if (q.Bound is not null)
            {
                args.Add(q.Number with { Role = "bound", Value = q.Bound });
            }

            if (q.Scope is not null)
            {
                args.Add(q.Number with { Role = "scope", Value = q.Scope });
            }

            args.AddRange(s.EntityArgs());
            if (s.DescribedPerson() is { } person && !args.Any(a => a.EntityId == person.EntityId))
            {
                args.Add(new ClaimArgument("entity", person.Mention.Text, person.Mention.Start, person.Mention.End, person.EntityId, "person"));
            }

            args.AddRange(s.Times(-1));
            found.Add(s.Make("quantity", args, found.Count) with { Quoted = s.InQuoteOffset(q.Number.Start), Speaker = s.SpeakerAtOffset(q.Number.Start) });
        }
    }

    private static void Events(SentenceContext s, List<Claim> found)
    {
        var verbs = s.Match(s.Lexicon.EventVerbs);
        var classes = s.Match(s.Lexicon.Characterization);
        if (verbs.Count == 0 && classes.Count == 0)
        {
            return;
        }

        if (found.Any(c => c.Frame is "contact" or "departure"))
        {
            return;
        }

        var entities = s.EntityArgs();
        if (entities.Count == 0)
        {
            return;
        }

        var trigger = verbs.Count > 0 ? verbs[0] : classes[0];

        // A date belongs to the verb nearest to it: "has burned 14,000 acres since it ignited on Aug. 9".
        if (verbs.Count > 1 && s.Times(-1).FirstOrDefault(t => t.Value is { Length: >= 10 }) is { } dated)
        {
            trigger = verbs.OrderBy(v => Math.Abs(s.Tokens[v.First].Start - dated.Start)).First();
        }

        // EntityArgs made a fresh list: it becomes the claim's argument list.
        var args = entities;
        args.Add(s.Arg("predicate", trigger.First, trigger.Last, trigger.Value));
        foreach (var c in classes)
        {
            args.Add(s.Arg("class", c.First, c.Last, c.Value));
        }

        // One happening has one date: of several day-level dates, only the one nearest the verb is its own
        // ("started on Aug. 10 ..., grew past 15,000 acres on Monday").
        var times = s.Times(trigger.First);
        var days = times.Where(t => t.Value is { Length: >= 10 }).ToList();
        if (days.Count > 1)
        {
            var verbAt = s.Tokens[trigger.First].Start;
            var own = days.OrderBy(t => Math.Abs(t.Start - verbAt)).First();
            times.RemoveAll(t => t.Value is { Length: >= 10 } && t != own);
        }

        args.AddRange(times);
        args.AddRange(s.Places());
        found.Add(s.Make("event", args, found.Count) with
        {
            Negated = s.NegatedBefore(trigger.First, 3),
            Quoted = s.InQuote(trigger.First),
            Speaker = s.SpeakerAt(trigger.First),
        });
    }

    private static void Roles(SentenceContext s, List<Claim> found)
    {
        foreach (var p in s.Persons(outsideQuotes: false))
        {
            var role = s.RoleOf(p);
            if (role is null)
            {
                continue;
            }

            var args = new List<ClaimArgument>
            {
                new("agent", p.Mention.Text, p.Mention.Start, p.Mention.End, p.EntityId),
                role,
            };
            found.Add(s.Make("role", args, found.Count));
        }
    }

    private static void Generic(SentenceContext s, List<Claim> found)
    {
        var entities = s.EntityArgs();
        var times = s.Times(-1);
        if (entities.Count >= 2 || (entities.Count == 1 && times.Count > 0))
        {
            // EntityArgs made a fresh list: it becomes the claim's argument list.
            var args = entities;
            args.AddRange(times);
            args.Add(new ClaimArgument("content", s.Sentence.Text, s.Sentence.Start, s.Sentence.End, s.ContentString()));
            found.Add(s.Make("generic", args, found.Count) with { Negated = s.NegatedBefore(s.Tokens.Count, s.Tokens.Count) });
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Extracted {Count} claims from {Document}")]
    private static partial void LogExtracted(ILogger logger, string document, int count);
}
