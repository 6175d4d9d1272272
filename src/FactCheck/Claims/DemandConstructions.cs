using System.Collections.Frozen;
using FactCheck.Languages;
using FactCheck.Rules;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// One free-form demand construction: a cue (from <c>Claims/Data/demand-constructions.txt</c>) and what must follow
/// it. The demanded action is normalized to a short phrase (its verb and the head of its object: "delay closures",
/// "free Mara Lind") so two outlets' wordings of one demand align.
/// </summary>
/// <param name="Name">The rule's name; claims and tests cite it.</param>
/// <param name="Triggers">The cue phrases that start the rule.</param>
/// <param name="Examples">Sentences the rule must read (with the normalized action) and look-alikes it must leave alone.</param>
/// <param name="QuotedOnly">Whether the cue counts only inside a quotation (the speaker's own words).</param>
/// <param name="UnquotedOnly">Whether the cue counts only outside quotations (reported wishes).</param>
internal sealed record DemandConstruction(string Name, IReadOnlyList<string> Triggers, IReadOnlyList<RuleExample> Examples, bool QuotedOnly = false, bool UnquotedOnly = false) : IRule;

/// <summary>A free-form demand found in a token sequence.</summary>
/// <param name="Rule">The construction that read it.</param>
/// <param name="CueFirst">First token of the cue.</param>
/// <param name="CueLast">Last token of the cue.</param>
/// <param name="ActionFirst">First token of the demanded action.</param>
/// <param name="ActionLast">Last token of the demanded action.</param>
/// <param name="Action">The normalized action ("delay closures"), or a named demand ("release") for <c>demand-hope</c>.</param>
internal sealed record FreeDemand(string Rule, int CueFirst, int CueLast, int ActionFirst, int ActionLast, string Action);

/// <summary>
/// The free-form demand constructions: "urged X to do Y", "proposed that Y be done", "called for Y", "introduced a bill
/// to do Y", "wants to do Y", a quoted "X should do Y", "Let's do Y", a hope for a named demand, and "our plan".
/// Pure functions of the tokens: who made the demand is decided by the claim stage.
/// </summary>
internal sealed class DemandConstructions
{
    private const string Stage = "claims";
    private const int MaxAddresseeTokens = 10;
    private const int MaxObjectTokens = 8;

    private readonly LanguagePack _pack;

    /// <summary>The constructions over the words of <paramref name="pack"/> (<see cref="Lexicon.Demands"/>).</summary>
    public DemandConstructions(LanguagePack pack, Lexicon lexicon)
    {
        _pack = pack;
        Lexicon = lexicon;
        Cues = new(pack.Lines("demand-constructions", Stage));
        Grammar = pack.Lines("demand-grammar", Stage)
            .Select(l => l.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToLookup(p => p[0], p => p[1], StringComparer.Ordinal);
        Stops = Set("stop");
        Determiners = Set("det");
        NotDemands = Set("notdemand");
        NotSubjects = Set("notsubject");
        PlanNouns = Set("plan");
        BillNouns = Set("bill");
        Particles = Set("particle");
        Irregular = pack.Map("irregular-verbs", Stage);
        All = Rules();
        ByName = All.ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);
    }

    /// <summary>The English constructions.</summary>
    public static DemandConstructions English => Lexicon.English.Demands;

    private Lexicon Lexicon { get; }

    private PhraseMatcher Cues { get; }

    private ILookup<string, string> Grammar { get; }

    private FrozenSet<string> Stops { get; }

    private FrozenSet<string> Determiners { get; }

    private FrozenSet<string> NotDemands { get; }

    private FrozenSet<string> NotSubjects { get; }

    private FrozenSet<string> PlanNouns { get; }

    private FrozenSet<string> BillNouns { get; }

    private FrozenSet<string> Particles { get; }

    private FrozenDictionary<string, string> Irregular { get; }

    private FrozenDictionary<string, DemandConstruction> ByName { get; }

    /// <summary>The constructions, in the order they are tried, with their own examples.</summary>
    public IReadOnlyList<DemandConstruction> All { get; }

    private DemandConstruction[] Rules() =>
    [
        new("demand-urge-to", TriggersOf("demand-urge-to"),
        [
            new("The ministry publicly called on the rebels to free the two aid workers.", true, "free workers"),
            new("A group of growers urged the county to delay the water cuts.", true, "delay cuts"),
            new("She asked the mayor to reopen the library on weekends.", true, "reopen library"),
            new("Reporters asked whether the mayor would reopen the library.", false),
            new("The governor was urged to act.", false),
        ]),
        new("demand-that", TriggersOf("demand-that"),
        [
            new("The senator proposed that the new fees be dropped for the rest of the year.", true, "drop fees"),
            new("Parents demanded that the district rehire the coach.", true, "rehire coach"),
            new("She insisted that the board publish its minutes.", true, "publish minutes"),
        ]),
        new("demand-call-for", TriggersOf("demand-call-for"),
        [
            new("The union called for talks with the port operators.", true, "talks"),
            new("Two lawmakers wrote to the minister, seeking more details.", true, "details"),
            new("The leader proposed replacing the entire levy with a land tax.", true, "replace levy"),
            new("Neighbours demanded to know why the road was closed.", false),
            new("Critics called the decision a mistake.", false),
        ]),
        new("demand-bill-to", TriggersOf("demand-bill-to"),
        [
            new("Two members introduced a bill to stop the agency from closing rural post offices.", true, "stop agency"),
            new("They are pushing legislation to give the council more say over budgets.", true, "give council"),
            new("The company introduced a new phone on Monday.", false),
        ]),
        new("demand-want-to", TriggersOf("demand-want-to"),
        [
            new("The president has said he wants to replace the levy with a broader plan.", true, "replace levy"),
            new("Residents want the city to fix the bridge.", true, "fix bridge"),
            new("The editors wanted to know who had leaked the memo.", false),
        ], UnquotedOnly: true),
        new("demand-modal", TriggersOf("demand-modal"),
        [
            new("\"The council should stop treating this as a crisis,\" she said.", true, "stop treating"),
            new("He said the boy \"should not become a bargaining chip in this dispute.\"", true, "not become chip"),
            new("\"We should be ready by the summer,\" he said.", false),
            new("\"It must have been a mistake,\" she said.", false),
        ], QuotedOnly: true),
        new("demand-lets", TriggersOf("demand-lets"),
        [
            new("\"Let's deal with all the hidden costs of the cuts.\"", true, "deal with costs"),
            new("\"Let us finish the road before winter,\" the mayor said.", true, "finish road"),
            new("\"Let him speak,\" she said.", false),
        ], QuotedOnly: true),
        new("demand-hope", TriggersOf("demand-hope"),
        [
            new("\"Hopefully the end of the trial will pave the way for a release on medical grounds,\" he wrote.", true, "release"),
            new("She hoped the committee would open an investigation.", true, "investigation"),
            new("He hoped the weather would hold.", false),
        ]),
        new("demand-own-plan", TriggersOf("demand-own-plan"),
        [
            new("\"By then they were adopting our targeted approach.\"", true, "targeted approach"),
            new("\"My plan is simple,\" she said.", true, "plan"),
            new("\"Our crew did a great job,\" he said.", false),
        ], QuotedOnly: true),
    ];

    /// <summary>The construction of that name.</summary>
    public DemandConstruction Rule(string name) => ByName[name];

    /// <summary>
    /// The free-form demands of a sentence's tokens. <paramref name="inQuote"/> tells whether a token stands inside a
    /// quotation (rules restricted to quotes or to narration use it).
    /// </summary>
    public List<FreeDemand> Find(IReadOnlyList<Token> tokens, Func<int, bool> inQuote)
    {
        var result = new List<FreeDemand>();
        foreach (var m in Cues.Matches(tokens))
        {
            var rule = ByName[m.Value];
            var quoted = inQuote(m.First);
            if ((rule.QuotedOnly && !quoted) || (rule.UnquotedOnly && quoted))
            {
                continue;
            }

            var found = m.Value switch
            {
                "demand-urge-to" => UrgeTo(tokens, m),
                "demand-that" => That(tokens, m),
                "demand-call-for" => CallFor(tokens, m),
                "demand-bill-to" => BillTo(tokens, m),
                "demand-want-to" => WantTo(tokens, m),
                "demand-modal" => Modal(tokens, m),
                "demand-lets" => Lets(tokens, m),
                "demand-hope" => Hope(tokens, m),
                "demand-own-plan" => OwnPlan(tokens, m),
                _ => null,
            };
            if (found is not null)
            {
                result.Add(found);
            }
        }

        return result;
    }

    /// <summary>The base form of a verb as written ("canceled" → cancel, "replacing" → replace, "sought" → seek).</summary>
    public string Lemma(string folded)
    {
        if (Irregular.TryGetValue(folded, out var irregular))
        {
            return irregular;
        }

        if (folded.Length > 4 && folded.EndsWith("ied", StringComparison.Ordinal))
        {
            return folded[..^3] + "y";
        }

        if (folded.Length > 4 && folded.EndsWith("eed", StringComparison.Ordinal))
        {
            return folded[..^1];
        }

        string? stem = null;
        if (folded.Length > 4 && folded.EndsWith("ing", StringComparison.Ordinal))
        {
            stem = folded[..^3];
        }
        else if (folded.Length > 3 && folded.EndsWith("ed", StringComparison.Ordinal))
        {
            stem = folded[..^2];
        }

        if (stem is null)
        {
            return folded;
        }

        // "stopped" → stop, "shutting" → shut; "called" keeps its double l.
        if (stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'e'))
        {
            return stem[..^1];
        }

        // "replaced" → replace, "eliminated" → eliminate, "closing" → close.
        return NeedsE(stem) ? stem + "e" : stem;
    }

    private static bool NeedsE(string stem) =>
        stem.Length >= 2 && !IsVowel(stem[^2]) && stem[^1] is 'c' or 'g' or 'v' or 'z' or 'u'
        || stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("ut", StringComparison.Ordinal)
        || stem.EndsWith("ot", StringComparison.Ordinal) || stem.EndsWith("as", StringComparison.Ordinal)
        || stem.EndsWith("is", StringComparison.Ordinal) || stem.EndsWith("os", StringComparison.Ordinal)
        || stem.EndsWith("us", StringComparison.Ordinal) || stem.EndsWith("iv", StringComparison.Ordinal)
        || stem.EndsWith("uc", StringComparison.Ordinal) || stem.EndsWith("ac", StringComparison.Ordinal)
        || stem.EndsWith("ir", StringComparison.Ordinal) || stem.EndsWith("ur", StringComparison.Ordinal) && !stem.EndsWith("our", StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private FrozenSet<string> Set(string cls) => Grammar[cls].ToFrozenSet(StringComparer.Ordinal);

    private string[] TriggersOf(string rule) =>
        [.. _pack.Lines("demand-constructions", Stage)
            .Select(l => l.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2 && p[1] == rule)
            .Select(p => p[0])];

    private static FreeDemand Make(PhraseMatch cue, (int First, int Last, string Text) action) =>
        new(cue.Value, cue.First, cue.Last, action.First, action.Last, action.Text);

    private static bool IsWord(IReadOnlyList<Token> t, int i) => i >= 0 && i < t.Count && t[i].Kind == TokenKind.Word;

    private static bool IsQuoteMark(Token t) => t.Kind == TokenKind.Punctuation && t.Folded is "\"" or "'";

    /// <summary>"urged the agency to delay X": an addressee of at most ten tokens, then "to" and an action.</summary>
    private FreeDemand? UrgeTo(IReadOnlyList<Token> t, PhraseMatch cue)
    {
        var i = cue.Last + 1;
        var addressee = 0;
        while (i < t.Count && addressee <= MaxAddresseeTokens && t[i].Folded != "to")
        {
            if (Stops.Contains(t[i].Folded) && t[i].Folded is not ("and" or "of"))
            {
                return null;
            }

            if (t[i].Kind == TokenKind.Punctuation && t[i].Folded is not ("." or "-" or "'"))
            {
                return null;
            }

            addressee++;
            i++;
        }

        if (addressee == 0 || i >= t.Count || t[i].Folded != "to")
        {
            return null;
        }

        return Action(t, i + 1) is { } a ? Make(cue, a) : null;
    }

    /// <summary>"proposed that the cuts be canceled": the clause's subject and verb (a passive turns around).</summary>
    private FreeDemand? That(IReadOnlyList<Token> t, PhraseMatch cue)
    {
        var subjectStart = cue.Last + 1;
        var i = subjectStart;
        while (i < t.Count && Determiners.Contains(t[i].Folded))
        {
            i++;
        }

        // The subject runs to a modal or "be" when one comes soon ("all of the cuts be canceled"); otherwise it is
        // one word or a capitalised name ("the district rehire the coach").
        var boundary = -1;
        for (var k = i; k < t.Count && k <= i + MaxObjectTokens; k++)
        {
            if (t[k].Folded is "be" or "should" or "must" or "would" or "will" or "not")
            {
                boundary = k;
                break;
            }

            if (t[k].Kind == TokenKind.Punctuation && t[k].Folded is not ("-" or "'"))
            {
                break;
            }
        }

        int subjectHead;
        if (boundary > i)
        {
            subjectHead = boundary - 1;
            i = boundary;
        }
        else
        {
            if (!IsWord(t, i))
            {
                return null;
            }

            subjectHead = i;
            while (subjectHead + 1 < t.Count && IsWord(t, subjectHead + 1) && char.IsUpper(t[subjectHead].Text[0]) && char.IsUpper(t[subjectHead + 1].Text[0]))
            {
                subjectHead++;
            }

            i = subjectHead + 1;
        }

        if (!IsWord(t, subjectHead) || i >= t.Count)
        {
            return null;
        }

        while (i < t.Count && t[i].Folded is "should" or "must" or "would" or "will" or "immediately")
        {
            i++;
        }

        var negation = false;
        if (i < t.Count && t[i].Folded == "not")
        {
            negation = true;
            i++;
        }

        if (i < t.Count && t[i].Folded == "be" && IsWord(t, i + 1) && IsParticiple(t[i + 1].Folded))
        {
            // Passive: "the cuts be canceled" → cancel cuts.
            var verb = Lemma(t[i + 1].Folded);
            var text = (negation ? "not " : string.Empty) + verb + " " + t[subjectHead].Folded;
            return new FreeDemand(cue.Value, cue.First, cue.Last, subjectStart, i + 1, text);
        }

        return Action(t, i, allowCapital: true) is { } a ? Make(cue, negation ? (a.First, a.Last, "not " + a.Text) : a) : null;
    }

    /// <summary>"called for talks", "seeking more information", "proposed replacing the law", "demanded to see X".</summary>
    private FreeDemand? CallFor(IReadOnlyList<Token> t, PhraseMatch cue)
    {
        var i = cue.Last + 1;
        if (i >= t.Count)
        {
            return null;
        }

        if (t[i].Folded == "to")
        {
            // "demanded to know" asks a question; "demanded to be told" too.
            return null;
        }

        if (IsWord(t, i) && t[i].Folded.EndsWith("ing", StringComparison.Ordinal) && t[i].Folded.Length > 5 && !Determiners.Contains(t[i].Folded))
        {
            return Action(t, i, gerund: true) is { } g ? Make(cue, g) : null;
        }

        // "the union's call for talks", "a call for talks": the noun form; its agent is the possessor, if any.
        if (cue.First > 0 && (t[cue.First - 1].Folded is "a" or "the" or "'s" or "s'" or "'" || t[cue.First - 1].Folded.EndsWith("'s", StringComparison.Ordinal)))
        {
            return null;
        }

        if (ObjectPhrase(t, i) is not { } obj)
        {
            return null;
        }

        // "pushed for Congress to end the levy": the addressee, then the action.
        if (obj.Last + 1 < t.Count && t[obj.Last + 1].Folded == "to" && Action(t, obj.Last + 2) is { } act)
        {
            return Make(cue, act);
        }

        // "proposed a bill to ...": the bill's purpose is the demand.
        if (BillNouns.Contains(t[obj.Last].Folded) && obj.Last + 1 < t.Count && t[obj.Last + 1].Folded == "to")
        {
            return Action(t, obj.Last + 2) is { } b ? Make(cue, b) : null;
        }

        return new FreeDemand(cue.Value, cue.First, cue.Last, obj.First, obj.Last, obj.Text);
    }

    /// <summary>"introduced a bill to block X", "are pushing legislation to give X".</summary>
    private FreeDemand? BillTo(IReadOnlyList<Token> t, PhraseMatch cue)
    {
        var i = cue.Last + 1;
        var n = 0;
        while (i < t.Count && n++ < 4 && IsWord(t, i) && !BillNouns.Contains(t[i].Folded) && t[i].Folded is not ("to" or "that"))
        {
            i++;
        }

        if (i + 1 >= t.Count || !BillNouns.Contains(t[i].Folded))
        {
            return null;
        }

        var next = i + 1;
        if (t[next].Folded == "that" && next + 1 < t.Count && t[next + 1].Folded == "would")
        {
            next++;
        }

        return t[next].Folded is "to" or "would" && Action(t, next + 1) is { } a ? Make(cue, a) : null;
    }

    /// <summary>"he wants to replace X", "residents want the city to fix X".</summary>
    private FreeDemand? WantTo(IReadOnlyList<Token> t, PhraseMatch cue)
    {
        var i = cue.Last + 1;
        var n = 0;
        while (i < t.Count && n <= 6 && t[i].Folded != "to")
        {
            if (!IsWord(t, i) || Stops.Contains(t[i].Folded))
            {
                return null;
            }

            i++;
            n++;
        }

        return i < t.Count && t[i].Folded == "to" && Action(t, i + 1) is { } a ? Make(cue, a) : null;
    }

    /// <summary>A quoted "X should (not) do Y" with X a third party.</summary>
    private FreeDemand? Modal(IReadOnlyList<Token> t, PhraseMatch cue)
    {
        var s = cue.First - 1;
        while (s >= 0 && IsQuoteMark(t[s]))
        {
            s--;
        }

        if (!IsWord(t, s) || NotSubjects.Contains(t[s].Folded) || Stops.Contains(t[s].Folded) || Determiners.Contains(t[s].Folded))
        {
            return null;
        }

        var i = cue.Last + 1;
        var negation = false;
        if (i < t.Count && t[i].Folded is "not" or "n't")
        {
            negation = true;
            i++;
        }

        // "must have been", "should be able": a judgement, not a demand.
        if (i >= t.Count || t[i].Folded is "have" or "be" or "been")
        {
            return null;
        }

        return Action(t, i) is { } a ? Make(cue, negation ? (a.First, a.Last, "not " + a.Text) : a) : null;
    }

    /// <summary>"Let's fix it", "Let us fix it" (not "let him go").</summary>
    private FreeDemand? Lets(IReadOnlyList<Token> t, PhraseMatch cue)
    {
        var w = t[cue.First].Folded;
        if (w is "let's" or "let\u2019s")
        {
            return Action(t, cue.Last + 1) is { } a ? Make(cue, a) : null;
        }

        return cue.Last + 1 < t.Count && t[cue.Last + 1].Folded == "us" && Action(t, cue.Last + 2) is { } b ? Make(cue, b) : null;
    }

    /// <summary>"Hopefully ... a release": a hope that names one of the closed demands.</summary>
    private FreeDemand? Hope(IReadOnlyList<Token> t, PhraseMatch cue)
    {
        for (var i = cue.Last + 1; i < t.Count; i++)
        {
            if (t[i].Folded is ";" || (t[i].Folded is "but" && i > cue.Last + 1))
            {
                return null;
            }

            if (Lexicon.DemandPhrases.TryMatchAt(t, i) is { } d)
            {
                return new FreeDemand(cue.Value, cue.First, cue.Last, d.First, d.Last, d.Value);
            }
        }

        return null;
    }

    /// <summary>The speaker's "our (targeted) approach", "my plan".</summary>
    private FreeDemand? OwnPlan(IReadOnlyList<Token> t, PhraseMatch cue)
    {
        var words = new List<string>();
        var inner = false;
        for (var i = cue.Last + 1; i < t.Count && i <= cue.Last + 12; i++)
        {
            if (IsQuoteMark(t[i]))
            {
                // An inner quotation names the plan ("our "cut this, not that" approach").
                inner = !inner;
                continue;
            }

            if (inner)
            {
                continue;
            }

            if (!IsWord(t, i))
            {
                return null;
            }

            if (PlanNouns.Contains(t[i].Folded))
            {
                words.Add(t[i].Folded);
                return new FreeDemand(cue.Value, cue.First, cue.Last, cue.Last + 1, i, string.Join(' ', words));
            }

            if (words.Count >= 3 || Stops.Contains(t[i].Folded))
            {
                return null;
            }

            words.Add(t[i].Folded);
        }

        return null;
    }

    /// <summary>
    /// The action starting at token <paramref name="i"/>: its verb (with a particle), then the head of its object
    /// ("delay the closures" → delay closures; "free Mara Lind on humanitarian grounds" → free Mara Lind).
    /// </summary>
    private (int First, int Last, string Text)? Action(IReadOnlyList<Token> t, int i, bool gerund = false, bool allowCapital = false)
    {
        while (i < t.Count && (IsQuoteMark(t[i]) || (t[i].Folded.EndsWith("ly", StringComparison.Ordinal) && t[i].Folded.Length > 4 && IsWord(t, i + 1))))
        {
            i++;
        }

        var negation = false;
        if (i < t.Count && t[i].Folded == "not")
        {
            negation = true;
            i++;
        }

        if (!IsWord(t, i) || Stops.Contains(t[i].Folded) || Determiners.Contains(t[i].Folded) || (!allowCapital && char.IsUpper(t[i].Text[0]) && i > 0 && !IsQuoteMark(t[i - 1])))
        {
            return null;
        }

        var verb = gerund ? Lemma(t[i].Folded) : t[i].Folded;
        if (NotDemands.Contains(verb) && verb != "be")
        {
            return null;
        }

        var first = i;
        var last = i;
        i++;
        if (i < t.Count && Particles.Contains(t[i].Folded))
        {
            verb += " " + t[i].Folded;
            last = i;
            i++;
        }

        if (verb == "be")
        {
            // "be smarter and more transparent": the complement's first word.
            if (IsWord(t, i) && !Stops.Contains(t[i].Folded))
            {
                return (first, i, (negation ? "not " : string.Empty) + "be " + t[i].Folded);
            }

            return null;
        }

        // "deal with the cuts": a prepositional verb keeps its preposition.
        var preposition = string.Empty;
        if (i < t.Count && t[i].Folded is "with" or "for" or "on" or "about" && ObjectPhrase(t, i + 1) is not null)
        {
            preposition = " " + t[i].Folded;
            i++;
        }

        var obj = ObjectPhrase(t, i);
        var text = (negation ? "not " : string.Empty) + verb + (obj is { } o ? preposition + " " + o.Text : string.Empty);
        return (first, obj?.Last ?? last, text);
    }

    /// <summary>An object noun phrase: determiners skipped, a capitalised name kept whole, else its last word (its head).</summary>
    private (int First, int Last, string Text)? ObjectPhrase(IReadOnlyList<Token> t, int i)
    {
        while (i < t.Count && (Determiners.Contains(t[i].Folded) || IsQuoteMark(t[i])))
        {
            i++;
        }

        if (i < t.Count && t[i].Folded is "of" && i > 0 && t[i - 1].Folded == "all")
        {
            i++;
            while (i < t.Count && Determiners.Contains(t[i].Folded))
            {
                i++;
            }
        }

        var first = i;
        var last = -1;
        var capitalised = true;
        for (var n = 0; i < t.Count && n < MaxObjectTokens; n++, i++)
        {
            var tok = t[i];
            if (tok.Kind == TokenKind.Punctuation)
            {
                // "inter-Korean", "across-the-board": hyphens join words.
                if (tok.Folded == "-" && last >= 0 && IsWord(t, i + 1))
                {
                    continue;
                }

                break;
            }

            if (tok.Kind == TokenKind.Number)
            {
                last = i;
                capitalised = false;
                continue;
            }

            var w = tok.Folded;
            if (Stops.Contains(w) || (n > 0 && Determiners.Contains(w)) || (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4) || w is "be" or "is" or "are" or "was" or "were" or "will" or "would")
            {
                break;
            }

            if (last >= 0 && n > 0 && !char.IsUpper(tok.Text[0]) && capitalised && char.IsUpper(t[last].Text[0]))
            {
                // "Mara Lind" ends where lower-case words start.
                break;
            }

            // "Lena Roe's resignation": a possessor modifies the head that follows it.
            capitalised &= char.IsUpper(tok.Text[0]) && !w.EndsWith("'s", StringComparison.Ordinal);
            last = i;
        }

        if (last < 0)
        {
            return null;
        }

        if (capitalised)
        {
            return (first, last, string.Join(' ', Enumerable.Range(first, last - first + 1).Select(k => t[k].Text).Where(x => x != "-")).Replace(" - ", "-", StringComparison.Ordinal));
        }

        return (first, last, t[last].Folded);
    }

    private bool IsParticiple(string folded) =>
        folded.EndsWith("ed", StringComparison.Ordinal) || folded.EndsWith("en", StringComparison.Ordinal) || Irregular.ContainsKey(folded);

    private static bool LooksLikeFiniteVerb(string folded) => folded is "be" or "should" or "must" or "would" or "will" or "not";
}
