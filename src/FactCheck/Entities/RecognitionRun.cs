using System.Collections.Frozen;
using System.Text;

namespace FactCheck.Entities;

/// <summary>The mutable state of recognizing one document; never shared between threads.</summary>
internal sealed class RecognitionRun
{
    /// <summary>Per-thread arrays longer than this are dropped after use (a long-running service does not grow).</summary>
    private const int MaxKeptCandidates = 4096;

    [ThreadStatic]
    private static char[]? t_join;

    // Harmonize's per-thread grouping arrays: the candidates' normalized names and their indices.
    [ThreadStatic]
    private static string[]? t_norms;

    [ThreadStatic]
    private static List<Candidate>? t_candidates;

    [ThreadStatic]
    private static Dictionary<string, EntityType>? t_known;

    [ThreadStatic]
    private static int[]? t_order;

    private readonly string _doc;
    private readonly string _text;
    private readonly List<Candidate> _candidates;
    private readonly Dictionary<string, EntityType> _known;
    private readonly SharedNormalizer _normalizer = SharedNormalizer.ForThisThread;

    // The sentence being read and whether it is a table or list row (see EntityRecognizer.IsRow).
    private List<NameToken> _tokens = [];
    private bool _row;

    public RecognitionRun(string doc, string text, Gazetteer gazetteer)
    {
        _doc = doc;
        _text = text;
        Gazetteer = gazetteer;
        PlaceKeys = gazetteer.PlaceKeys;
        OrganizationKeys = gazetteer.OrganizationKeys;
        StateKeys = gazetteer.StateKeys;
        TitleKeys = gazetteer.TitleKeys;

        // One run per document at a time on a thread: the candidate list and the known-name map are reused per thread.
        _candidates = t_candidates ??= [];
        _known = t_known ??= new Dictionary<string, EntityType>(StringComparer.Ordinal);
        _candidates.Clear();
        _known.Clear();
    }

    /// <summary>The words of the checker's language pack.</summary>
    private Gazetteer Gazetteer { get; }

    private TypingRules TypingRules => Gazetteer.Typing;

    // The gazetteers looked up by a span (see JoinKey), so multi-word keys need no string.
    private FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PlaceKeys { get; }

    private FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OrganizationKeys { get; }

    private FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StateKeys { get; }

    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleKeys { get; }

    /// <summary>A mention being built.</summary>
    private sealed class Candidate
    {
        public int Start;
        public int End;
        public int NameStart;
        public int NameEnd;
        public EntityType Type;
        public bool Weak;
        public bool Headline;

        /// <summary>Typed a place from its context only (a locative or a modified noun); a person of that name in the document wins.</summary>
        public bool Guessed;
        public RoleMention? Role;
        public string? Affiliation;
        public string? AffiliationCode;

        /// <summary>Typed by a sports-team cue (a score in a table row, "X captain"); counts double in <see cref="Harmonize"/>.</summary>
        public bool Team;

        /// <summary>A single word typed a person only by the verb after it; counts least in <see cref="Harmonize"/>.</summary>
        public bool Soft;

        /// <summary>The candidate's place in the order found (set by <see cref="Build"/> for a stable sort).</summary>
        public int Seq;
    }

    public void ProcessSentence(List<NameToken> tokens, bool headline, bool row = false)
    {
        _tokens = tokens;
        _row = row;
        var i = 0;
        while (i < tokens.Count)
        {
            var end = ChunkEnd(tokens, i);
            if (end < i)
            {
                i++;
                continue;
            }

            ProcessChunk(tokens, i, end, headline);
            i = end + 1;
        }
    }

    /// <summary>The last token of the name chunk starting at <paramref name="i"/>, or i-1 when none starts there.</summary>
    private int ChunkEnd(List<NameToken> t, int i)
    {
        if (!t[i].IsWord || (!t[i].IsCap && !LeadsToName(t, i)))
        {
            return i - 1;
        }

        var j = i;
        var ofJoined = false;
        while (true)
        {
            if (t[j].Possessive || j + 1 >= t.Count)
            {
                return j;
            }

            var n = t[j + 1];
            if (n.IsWord && n.IsCap)
            {
                j++;
                continue;
            }

            if (n.IsWord && !n.IsCap && Gazetteer.Particles.Contains(n.Norm))
            {
                // "van der Berg", "de la Cruz": up to three particles, then a capitalized word.
                var k = j + 1;
                while (k < t.Count && k < j + 4 && t[k].IsWord && !t[k].IsCap && Gazetteer.Particles.Contains(t[k].Norm))
                {
                    k++;
                }

                if (k < t.Count && t[k].IsWord && t[k].IsCap)
                {
                    j = k;
                    continue;
                }
            }

            if (n.IsWord && !n.IsCap && IsTitleWord(n.Norm) && LeadsToName(t, j + 1))
            {
                j++;
                continue;
            }

            if (n.Punct == '&' && j + 2 < t.Count && t[j + 2].IsCap)
            {
                j += 2;
                continue;
            }

            // "Department of Justice", "Bank of the South": "of" after an organization head.
            if (n.IsWord && n.Norm == "of" && Gazetteer.OrgHeads.Contains(t[j].Norm) && !t[j].Initial)
            {
                var k = j + 2;
                if (k < t.Count && t[k].IsWord && t[k].Norm == "the")
                {
                    k++;
                }

                if (k < t.Count && t[k].IsWord && t[k].IsCap)
                {
                    j = k;
                    ofJoined = true;
                    continue;
                }
            }

            // "Department of Health and Human Services": after an "of", "and" may join two capitalized words.
            if (ofJoined && n.IsWord && n.Norm == "and" && j + 2 < t.Count && t[j + 2].IsWord && t[j + 2].IsCap && !t[j + 2].Possessive
                && (Gazetteer.CommonWords.Contains(t[j + 2].Norm) || Gazetteer.OrgHeads.Contains(t[j + 2].Norm)))
            {
                j += 2;
                continue;
            }

            return j;
        }
    }

    /// <summary>Whether a lower-case title word at <paramref name="i"/> leads (through title words) to a capitalized word.</summary>
    private bool LeadsToName(List<NameToken> t, int i)
    {
        for (var k = i; k < t.Count && k < i + 4; k++)
        {
            if (!t[k].IsWord || t[k].Possessive)
            {
                return false;
            }

            if (t[k].IsCap)
            {
                return k > i;
            }

            if (!IsTitleWord(t[k].Norm))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A word of a title that may stand lower-case before a name ("spokeswoman", "senator"), function words excluded.</summary>
    private bool IsTitleWord(string norm) =>
        Gazetteer.TitleWords.Contains(norm) && norm is not ("of" or "and" or "the" or "for" or "to" or "at" or "in" or "on" or "state");

    private void ProcessChunk(List<NameToken> t, int a, int b, bool headline)
    {
        // Lower-case title words that lead nowhere are not a chunk of their own.
        while (a <= b && !t[a].IsCap && !Gazetteer.TitleWords.Contains(t[a].Norm))
        {
            a++;
        }

        if (a > b)
        {
            return;
        }

        if (headline)
        {
            ProcessHeadlineChunk(t, a, b);
            return;
        }

        // Months and weekdays split a chunk ("Thursday Jane Doe"), unless a given name precedes ("Theresa May").
        for (var k = a; k <= b; k++)
        {
            if (Gazetteer.Calendar.Contains(t[k].Norm) && !(k > a && Gazetteer.GivenNames.Contains(t[k - 1].Norm)))
            {
                if (k > a)
                {
                    ProcessChunk(t, a, k - 1, headline);
                }

                if (k < b)
                {
                    ProcessChunk(t, k + 1, b, headline);
                }

                return;
            }
        }

        // A chunk of titles, demonyms and party words only ("Russian Ambassador", "the Alabama Republican") names nobody.
        if (IsRoleOnly(t, a, b))
        {
            var rq = PartyPrefix(t, a, b, out _);
            if (rq > a)
            {
                EmitStatesIn(t, a, rq - 1);
            }

            if (rq <= b)
            {
                EmitQualifier(t, rq, b);
            }

            return;
        }

        // A whole known name or an organization/event head wins over title parsing ("Senate Armed Services Committee").
        var whole = Classify(t, a, b, out _);
        if (whole is { Weak: false } && whole.Type != EntityType.Person)
        {
            Add(whole);
            return;
        }

        if (TryTitle(t, a, b))
        {
            return;
        }

        while (a < b && t[a].Norm is "the" or "a" or "an")
        {
            a++;
        }

        var coreStart = a;
        string? affiliation = null;
        string? affiliationCode = null;
        var p = PartyPrefix(t, a, b, out var code);
        if (p > a && p <= b && LooksLikePersonName(t, p, b))
        {
            affiliation = Slice(t[a].Start, t[p - 1].End);
            affiliationCode = code;
            EmitStatesIn(t, a, p - 1);
            coreStart = p;
        }
        else
        {
            // "U.S. Jane Doe": a leading place before a person's name is a mention of its own.
            for (var k = Math.Min(b - 1, a + 2); k >= a; k--)
            {
                if (PlaceKeys.ContainsKey(JoinKey(t, a, k)) && LooksLikePersonName(t, k + 1, b))
                {
                    Add(new Candidate { Start = t[a].Start, End = t[k].End, NameStart = t[a].Start, NameEnd = t[k].End, Type = EntityType.Place });
                    coreStart = k + 1;
                    break;
                }
            }
        }

        var c = coreStart == a ? whole : Classify(t, coreStart, b, out _);
        if (c is null)
        {
            return;
        }

        if (affiliation is not null)
        {
            c.Type = EntityType.Person;
            c.Weak = false;
            c.Affiliation = affiliation;
            c.AffiliationCode = affiliationCode;
        }

        AttachContext(t, a, b, c);
        Add(c);
    }

    /// <summary>Parses "[qualifier] title name" ("US Attorney General Jane Roe", "White House spokeswoman Jane Roe").</summary>
    private bool TryTitle(List<NameToken> t, int a, int b)
    {
        for (var k = b - 1; k >= a; k--)
        {
            if (!Gazetteer.TitleFinalWords.Contains(t[k].Norm) || t[k].Possessive)
            {
                continue;
            }

            var s = k;
            while (s > a && Gazetteer.TitleWords.Contains(t[s - 1].Norm) && !t[s - 1].Possessive)
            {
                s--;
            }

            var f = -1;
            for (var x = s; x <= k; x++)
            {
                if (TitleKeys.Contains(JoinKey(t, x, k)))
                {
                    f = x;
                    break;
                }
            }

            if (f < 0)
            {
                continue;
            }

            var coreStart = -1;
            var core = t[k + 1].IsWord && !IsCommonCore(t, k + 1, b) ? Classify(t, k + 1, b, out coreStart) : null;
            if (core is null || (!core.Weak && core.Type != EntityType.Person) || coreStart != k + 1)
            {
                return false;
            }

            core.Type = EntityType.Person;
            core.Weak = false;
            core.Start = t[f].Start;
            var honorific = f == k && Gazetteer.Honorifics.Contains(t[k].Norm);

            // The qualifier before the formal title: party and state make the affiliation, the rest is part of the role.
            var roleStart = f;
            // "When Senator X": a sentence-initial common word or a determiner is not part of the role.
            while (a < f && (t[a].Norm is "the" or "a" or "an" || (t[a].Initial && Gazetteer.CommonWords.Contains(t[a].Norm) && !Gazetteer.TitleWords.Contains(t[a].Norm)
                && Lookup(t, a, Math.Min(a + 1, f - 1)) is null && Lookup(t, a, f - 1) is null)))
            {
                a++;
            }

            var q = PartyPrefix(t, a, f - 1, out var code);
            if (q > a)
            {
                core.Affiliation = Slice(t[a].Start, t[q - 1].End);
                core.AffiliationCode = code;
                EmitStatesIn(t, a, q - 1);
            }

            if (q <= f - 1)
            {
                roleStart = q;
                EmitQualifier(t, q, f - 1);
            }

            if (!honorific)
            {
                var rs = t[roleStart].Start;
                // "Jane Roe's spokeswoman Ann Lee": the possessive name before the chunk belongs to the role.
                if (roleStart == a && a > 0 && t[a - 1].Possessive)
                {
                    var pk = a - 1;
                    while (pk > 0 && t[pk - 1].IsCap && !t[pk - 1].Possessive)
                    {
                        pk--;
                    }

                    rs = t[pk].Start;
                }

                core.Role = new RoleMention(_doc, Slice(rs, t[k].End), rs, t[k].End);
            }

            AttachContext(t, a, b, core);
            Add(core);
            return true;
        }

        return false;
    }

    /// <summary>Index after a leading "[State] Democrat"/"Republican" prefix, or <paramref name="a"/> when there is none.</summary>
    private int PartyPrefix(List<NameToken> t, int a, int b, out string? code)
    {
        code = null;
        var k = a;
        string? state = null;
        for (var len = Math.Min(3, b - a); len >= 1; len--)
        {
            var key = JoinKey(t, a, a + len - 1);
            if (StateKeys.TryGetValue(key, out var sc) && PlaceKeys.ContainsKey(key))
            {
                state = sc;
                k = a + len;
                break;
            }
        }

        if (k <= b && Gazetteer.Parties.TryGetValue(t[k].Norm, out var party) && t[k].IsCap)
        {
            code = state is null ? party : party + "-" + state;
            return k + 1;
        }

        return a;
    }

    private void EmitStatesIn(List<NameToken> t, int a, int b)
    {
        for (var k = a; k <= b; k++)
        {
            for (var e = Math.Min(b, k + 2); e >= k; e--)
            {
                if (PlaceKeys.ContainsKey(JoinKey(t, k, e)))
                {
                    Add(new Candidate { Start = t[k].Start, End = t[e].End, NameStart = t[k].Start, NameEnd = t[e].End, Type = EntityType.Place });
                    k = e;
                    break;
                }
            }
        }
    }

    /// <summary>Organizations and places inside a role qualifier ("Justice Department" in "Justice Department spokeswoman").</summary>
    private void EmitQualifier(List<NameToken> t, int a, int b)
    {
        var c = Classify(t, a, b, out _);
        if (c is not null && c.Type is EntityType.Place or EntityType.Other && TypingRules.CanBeTeam(t, a, b)
            && (TypingRules.TeamRole.Applies(t, a, b) || (c.Type == EntityType.Other && a == b && TypingRules.CompanyNoun.Applies(t, a, b))))
        {
            c.Type = EntityType.Organization;
            c.Weak = false;
            c.Team = true;
            Add(c);
            return;
        }

        if (c is { Weak: false } && c.Type is EntityType.Organization or EntityType.Place)
        {
            Add(c);
            return;
        }

        EmitStatesIn(t, a, b);
    }

    private bool IsRoleOnly(List<NameToken> t, int a, int b)
    {
        while (a < b && t[a].Norm is "the" or "a" or "an")
        {
            a++;
        }

        var p = PartyPrefix(t, a, b, out _);
        if (p > b)
        {
            return true;
        }

        var title = false;
        for (var k = p; k <= b; k++)
        {
            var n = t[k].Norm;
            if (Gazetteer.TitleWords.Contains(n))
            {
                title |= Gazetteer.TitleFinalWords.Contains(n);
                continue;
            }

            if (!(Gazetteer.Demonyms.ContainsKey(n) || Gazetteer.Parties.ContainsKey(n) || Gazetteer.Places.ContainsKey(n) || Gazetteer.Organizations.ContainsKey(n)))
            {
                return false;
            }
        }

        return title && Gazetteer.TitleFinalWords.Contains(t[b].Norm);
    }

    private bool LooksLikePersonName(List<NameToken> t, int a, int b)
    {
        if (a > b)
        {
            return false;
        }

        if (Gazetteer.GivenNames.Contains(t[a].Norm) || (b > a && t[a].Norm.Length == 1) || Gazetteer.TitleFinalWords.Contains(t[a].Norm))
        {
            return true;
        }

        // Two or three unknown capitalized words, none a common word or an organization head: a name.
        if (b == a || b - a > 2)
        {
            return false;
        }

        for (var k = a; k <= b; k++)
        {
            if (Gazetteer.CommonWords.Contains(t[k].Norm) || Gazetteer.OrgHeads.Contains(t[k].Norm) || Gazetteer.Places.ContainsKey(t[k].Norm) || t[k].IsAllCaps)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Classifies the capitalized span t[a..b]; null when it is not a name.</summary>
    private Candidate? Classify(List<NameToken> t, int a, int b, out int start)
    {
        start = a;
        if (a > b)
        {
            return null;
        }

        // Known names first: "The Hill" is an outlet, "New York" a place.
        var known = Lookup(t, a, b);
        if (known is not null)
        {
            return known;
        }

        // An organization head names the whole span ("Great Lakes Courier"), less a leading determiner.
        var d = a;
        while (d < b && t[d].Norm is "the" or "a" or "an")
        {
            d++;
        }

        if (d < b && Gazetteer.OrgHeads.Contains(t[b].Norm) && !(t[d].Initial && Gazetteer.CommonWords.Contains(t[d].Norm) && Lookup(t, d + 1, b) is not null))
        {
            start = d;
            return New(t, d, b, EntityType.Organization, weak: false);
        }

        // Leading determiners and sentence-initial common words are not part of a name.
        while (a < b && (t[a].Norm is "the" or "a" or "an" || (t[a].Initial && Gazetteer.CommonWords.Contains(t[a].Norm))))
        {
            a++;
            known = Lookup(t, a, b);
            if (known is not null)
            {
                start = a;
                return known;
            }
        }

        start = a;
        if (!t[a].IsWord)
        {
            return null;
        }

        var count = b - a + 1;
        var first = t[a].Norm;
        var last = t[b].Norm;
        if (count == 1 && (Gazetteer.Demonyms.ContainsKey(first) || Gazetteer.Parties.ContainsKey(first) || Gazetteer.Calendar.Contains(first)
            || TryPartyTag(t[a], out _) || IsContraction(first)))
        {
            return null;
        }

        if (count >= 2 && Gazetteer.OrgHeads.Contains(last))
        {
            return New(t, a, b, EntityType.Organization, weak: false);
        }

        // "Office of the Chief Scientist": an inner lower-case "of" joins only after an organization head.
        for (var k = a + 1; k < b; k++)
        {
            if (t[k].Norm == "of" && !t[k].IsCap)
            {
                return New(t, a, b, EntityType.Organization, weak: false);
            }
        }

        if (count >= 2 && Gazetteer.PlaceHeads.Contains(last))
        {
            return New(t, a, b, EntityType.Place, weak: false);
        }

        if (count >= 2 && (Gazetteer.EventHeads.Contains(last) || Gazetteer.EventPrefixes.Contains(first)))
        {
            return New(t, a, b, EntityType.Other, weak: false);
        }

        var allCommon = true;
        for (var k = a; k <= b && allCommon; k++)
        {
            allCommon = Gazetteer.CommonWords.Contains(t[k].Norm) || Gazetteer.Calendar.Contains(t[k].Norm)
                || Gazetteer.Demonyms.ContainsKey(t[k].Norm) || Gazetteer.Parties.ContainsKey(t[k].Norm);
        }

        if (allCommon)
        {
            return null;
        }

        // "Douglas & Lomason": an ampersand joins the names of a firm, not of a person.
        for (var k = a + 1; k < b; k++)
        {
            if (t[k].Punct == '&')
            {
                return New(t, a, b, EntityType.Organization, weak: false);
            }
        }

        if (count >= 2 && (Gazetteer.GivenNames.Contains(first) || first.Length == 1))
        {
            return New(t, a, b, EntityType.Person, weak: false);
        }

        // "Dinamo Moscow", "Air Lakeland": an unknown word before a known place makes one club or firm, unless a compass
        // word or "New" opens a place name ("East Ashgrove") or the first word is a place, party, title or demonym itself
        // ("Wyoming Republican", "U.S. Jane Roe" are read by the party and place rules).
        if (count == 2 && t[a].IsWord && t[b].IsWord && PlaceKeys.ContainsKey(last) && !Gazetteer.GivenNames.Contains(last)
            && !(first is "north" or "south" or "east" or "west" or "northern" or "southern" or "eastern" or "western" or "central" or "upper" or "lower" or "new" or "greater" or "old")
            && !PlaceKeys.ContainsKey(first) && !Gazetteer.Parties.ContainsKey(first) && !Gazetteer.Demonyms.ContainsKey(first)
            && !Gazetteer.TitleWords.Contains(first) && !Gazetteer.StateCodes.ContainsKey(first))
        {
            return New(t, a, b, EntityType.Organization, weak: false);
        }

        if (count == 1 && t[a].IsAllCaps && (Gazetteer.Titles.Contains(first) || Gazetteer.CommonWords.Contains(first)))
        {
            // "CEO", "TV", "NEWS": capitals do not make a title or a common word a name.
            return null;
        }

        if (count == 1 && t[a].IsAllCaps)
        {
            // An ALL-CAPS word opening a sentence and followed by "(", a dash or a comma is a dateline place.
            var dateline = t[a].Initial && b + 1 < t.Count && t[b + 1].Punct is '(' or '-' or ',';
            return New(t, a, b, dateline ? EntityType.Place : EntityType.Organization, weak: !dateline && t[a].Norm.Length > 6);
        }

        if (count == 1 && IsCamelCase(t[a]))
        {
            return New(t, a, b, EntityType.Organization, weak: false);
        }

        // An unknown pair is a person only when it does not end in a common word ("Staff", "Desk").
        if (count >= 2 && Gazetteer.CommonWords.Contains(last))
        {
            return New(t, a, b, EntityType.Organization, weak: true);
        }

        return New(t, a, b, count >= 2 ? EntityType.Person : EntityType.Other, weak: true);
    }

    /// <summary>"I'm", "We've": a common word with a contraction.</summary>
    private bool IsContraction(string norm)
    {
        var q = norm.IndexOf('\'', StringComparison.Ordinal);
        return q > 0 && Gazetteer.CommonWords.Contains(norm[..q]);
    }

    /// <summary>A core of common words and organization heads only ("General Counsel", "Justice Department").</summary>
    private bool IsCommonCore(List<NameToken> t, int a, int b)
    {
        for (var k = a; k <= b; k++)
        {
            if (!(Gazetteer.CommonWords.Contains(t[k].Norm) || Gazetteer.OrgHeads.Contains(t[k].Norm)))
            {
                return false;
            }
        }

        return true;
    }

    private Candidate? Lookup(List<NameToken> t, int a, int b)
    {
        if (b - a > 6)
        {
            return null;
        }

        var norm = JoinKey(t, a, b);
        if (OrganizationKeys.TryGetValue(norm, out var listed))
        {
            // Acronyms only as written in capitals: "WHO", not "Who".
            if (!Gazetteer.IsAllCaps(listed) || b > a || t[a].IsAllCaps)
            {
                return New(t, a, b, EntityType.Organization, weak: false);
            }
        }

        if (PlaceKeys.ContainsKey(norm))
        {
            return New(t, a, b, EntityType.Place, weak: false);
        }

        return null;
    }

    private static Candidate New(List<NameToken> t, int a, int b, EntityType type, bool weak) =>
        new() { Start = t[a].Start, End = t[b].End, NameStart = t[a].Start, NameEnd = t[b].End, Type = type, Weak = weak };

    /// <summary>Reads what follows and precedes a name: party-state tags, appositions, speech verbs.</summary>
    private void AttachContext(List<NameToken> t, int a, int b, Candidate c)
    {
        var i = b + 1;
        var person = false;
        // A bare single word made a person only by the verb after it ("Kent will", "Acme said"): the weakest evidence.
        var soft = false;
        if (i < t.Count && !t[b].Possessive)
        {
            // "(D-Vt.)", ", D-Minn.,"
            if (t[i].Punct is '(' or ',' && i + 1 < t.Count && TryPartyTag(t[i + 1], out var code))
            {
                c.Affiliation ??= Slice(t[i + 1].Start, t[i + 1].End);
                c.AffiliationCode ??= code;
                person = true;
                i += 2;
                if (i < t.Count && t[i].Punct is ')')
                {
                    i++;
                }
            }

            if (i < t.Count && t[i].Punct == ',' && i + 1 < t.Count)
            {
                var j = i + 1;
                // ", a Maryland Democrat"
                if (t[j].Norm is "a" or "an" or "the" && j + 1 < t.Count)
                {
                    var p = PartyPrefix(t, j + 1, Math.Min(t.Count - 1, j + 4), out var code2);
                    if (p > j + 1 && code2 is not null && (p >= t.Count || !t[p].IsCap))
                    {
                        c.Affiliation ??= Slice(t[j].Start, t[p - 1].End);
                        c.AffiliationCode ??= code2;
                        EmitStatesIn(t, j + 1, p - 1);
                        person = true;
                        j = p;
                        if (j < t.Count && t[j].Norm == "and")
                        {
                            j++;
                        }
                    }
                }

                var role = Apposition(t, j);
                if (role is not null)
                {
                    c.Role ??= role;
                    person = true;
                }
            }

            if (i < t.Count && t[i].IsWord && Gazetteer.SpeechVerbs.Contains(t[i].Norm) && c.Type is EntityType.Person or EntityType.Other)
            {
                soft = !person && c.Weak && a == b;
                person = true;
            }

            // "Ortega is", "Ortega will": a bare unknown name as the subject of an auxiliary is most often a person.
            if (i < t.Count && c.Weak && a == b && t[i].IsWord && t[i].Norm is "is" or "was" or "will" or "would" or "has" or "had" or "could" or "should" or "can" or "did" or "does"
                && !t[a].IsAllCaps && (a == 0 || t[a - 1].Norm != "the"))
            {
                soft = !person || soft;
                person = true;
            }
        }

        // "a spokeswoman for the agency, Jane Roe, said": the name must close the apposition (comma or sentence end).
        var closes = b + 1 >= t.Count || t[b + 1].Punct is ',' or '.' or ';' or ')' || t[b].Possessive;
        var listed = b + 1 < t.Count && t[b + 1].Norm is "and" or "or";
        if (a >= 2 && t[a - 1].Punct == ',' && (closes || listed || StartsWithAs(t, a - 1)))
        {
            var role = BackwardApposition(t, a - 1);
            // "the senators, Roe and Doe": before "and" only a plural role introduces the name.
            if (role is not null && !closes && listed && !StartsWithAs(t, a - 1) && !role.Text.EndsWith('s'))
            {
                role = null;
            }

            if (role is not null)
            {
                c.Role ??= role;
                person = true;
            }
        }

        // "The Harbor Star reported": a determiner never introduces a person's bare name.
        if (!person && c.Weak && c.Type == EntityType.Person
            && ((a >= 1 && t[a - 1].IsWord && t[a - 1].Norm == "the") || (t[a].Norm == "the" && t[a].Start < c.NameStart) || HasDeterminerBefore(t, c)))
        {
            c.Type = EntityType.Organization;
        }

        // "homes in Bayou Verde", "the mayor of Pueblo": an unknown name after a locative is a place, but not
        // a possessive one ("in Roe's office" places the office, not Roe).
        if (!person && c.Weak && a >= 1 && t[a - 1].IsWord && !t[a - 1].IsCap && !Gazetteer.GivenNames.Contains(t[a].Norm) && !t[b].Possessive
            && (t[a - 1].Norm is "in" or "near" or "outside" or "across" or "at"
                || (t[a - 1].Norm == "of" && a >= 2 && t[a - 2].Norm is "mayor" or "governor" or "city" or "town" or "village" or "outskirts" or "streets" or "residents" or "people")))
        {
            c.Type = EntityType.Place;
            c.Weak = false;
            c.Guessed = true;
        }

        // "Dunmere council members", "Lakeport residents": a bare unknown word modifying a civic noun is a place.
        if (!person && c.Weak && c.Type == EntityType.Other && c.NameStart == t[b].Start && !t[b].Possessive && b + 1 < t.Count
            && t[b + 1].IsWord && !t[b + 1].IsCap && Gazetteer.PlaceAttributives.Contains(t[b + 1].Norm) && !Gazetteer.GivenNames.Contains(t[b].Norm))
        {
            c.Type = EntityType.Place;
            c.Weak = false;
            c.Guessed = true;
        }

        if (person && (c.Weak || c.Type == EntityType.Person))
        {
            c.Soft = soft && c.Role is null && c.Affiliation is null;
            c.Type = EntityType.Person;
            c.Weak = false;
        }
    }

    private static bool HasDeterminerBefore(List<NameToken> t, Candidate c)
    {
        var k = -1;
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Start == c.NameStart)
            {
                k = i;
                break;
            }
        }

        return k >= 1 && t[k - 1].IsWord && t[k - 1].Norm == "the";
    }

    /// <summary>"D-Minn", "R-CA": a party letter, a hyphen and a state abbreviation.</summary>
    private bool TryPartyTag(NameToken token, out string? code)
    {
        code = null;
        var n = token.Norm;
        if (!token.IsWord || n.Length < 4 || n[1] != '-' || n[0] is not ('d' or 'r' or 'i'))
        {
            return false;
        }

        if (!Gazetteer.StateCodes.TryGetValue(n[2..], out var state))
        {
            return false;
        }

        code = char.ToUpperInvariant(n[0]) + "-" + state;
        return true;
    }

    /// <summary>A role apposition starting at token <paramref name="j"/> ("a spokeswoman for the agency", "who was then a senator").</summary>
    private RoleMention? Apposition(List<NameToken> t, int j)
    {
        if (j >= t.Count || !t[j].IsWord)
        {
            return null;
        }

        if (t[j].Norm == "who" && j + 2 < t.Count && t[j + 1].Norm is "is" or "was")
        {
            j += 2;
        }

        var first = t[j].Norm;
        if (!(first is "a" or "an" or "the" or "then" or "now" or "former" || Gazetteer.RoleModifiers.Contains(first) || Gazetteer.RoleNouns.Contains(first)))
        {
            return null;
        }

        var end = -1;
        var hasRole = false;
        for (var k = j; k < t.Count && k < j + 16; k++)
        {
            if (!t[k].IsWord)
            {
                if (t[k].Punct is ',' or '.' or ';' or ')' or '"' or ':' or '-')
                {
                    break;
                }

                continue;
            }

            if (Gazetteer.SpeechVerbs.Contains(t[k].Norm))
            {
                break;
            }

            if (!hasRole && k < j + 7 && Gazetteer.RoleNouns.Contains(t[k].Norm))
            {
                hasRole = true;
            }

            end = k;
        }

        return hasRole && end >= j ? new RoleMention(_doc, Slice(t[j].Start, t[end].End), t[j].Start, t[end].End) : null;
    }

    /// <summary>"As attorney general, Jane Roe ...": a role clause opened by "as".</summary>
    private static bool StartsWithAs(List<NameToken> t, int comma)
    {
        for (var k = comma - 1; k >= 0 && k >= comma - 6; k--)
        {
            if (!t[k].IsWord)
            {
                return false;
            }

            if (t[k].Norm == "as" && t[k].Initial)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A role phrase ending just before the comma at <paramref name="comma"/> ("a spokeswoman for X, Jane Roe").</summary>
    private RoleMention? BackwardApposition(List<NameToken> t, int comma)
    {
        var r = comma - 1;
        var endIdx = r;
        // "... for the agency," / "... for Jane Roe,": skip the object of for/of/to/at back to the role noun.
        var k = r;
        var skipped = 0;
        while (k >= 0 && skipped < 5 && t[k].IsWord && (t[k].IsCap || t[k].Norm == "the") && !Gazetteer.RoleNouns.Contains(t[k].Norm))
        {
            k--;
            skipped++;
        }

        if (skipped > 0)
        {
            if (k < 1 || !(t[k].Norm is "for" or "of" or "to" or "at"))
            {
                return null;
            }

            k--;
        }

        if (k < 0 || !t[k].IsWord || !Gazetteer.RoleNouns.Contains(t[k].Norm))
        {
            return null;
        }

        var s = k;
        while (s > 0 && t[s - 1].IsWord && (t[s - 1].IsCap || t[s - 1].Possessive || Gazetteer.RoleModifiers.Contains(t[s - 1].Norm)
            || Gazetteer.RoleNouns.Contains(t[s - 1].Norm) || IsTitleWord(t[s - 1].Norm)) && !t[s - 1].Initial)
        {
            s--;
        }

        if (s > 0 && t[s - 1].IsWord && t[s - 1].Norm is "a" or "an" or "the")
        {
            s--;
        }
        else if (s > 0 && t[s - 1].IsWord && t[s - 1].Initial && (t[s - 1].IsCap || t[s - 1].Possessive) && t[s - 1].Norm != "as")
        {
            s--;
        }

        return new RoleMention(_doc, Slice(t[s].Start, t[endIdx].End), t[s].Start, t[endIdx].End);
    }

    /// <summary>In a headline only names already seen in the body, and known places and organizations, count.</summary>
    private void ProcessHeadlineChunk(List<NameToken> t, int a, int b)
    {
        if (TypingRules.Dateline.Applies(t, a, b))
        {
            var whole = Lookup(t, a, b);
            if (whole is null || whole.Type == EntityType.Place)
            {
                Add(New(t, a, b, EntityType.Place, weak: false));
                return;
            }
        }

        var k = a;
        while (k <= b)
        {
            var matched = false;
            for (var e = Math.Min(b, k + 4); e >= k; e--)
            {
                if (_known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(JoinKey(t, k, e), out var type))
                {
                    Add(new Candidate { Start = t[k].Start, End = t[e].End, NameStart = t[k].Start, NameEnd = t[e].End, Type = type, Headline = true });
                    k = e + 1;
                    matched = true;
                    break;
                }

                var c = Lookup(t, k, e);
                if (c is not null)
                {
                    c.Headline = true;
                    Add(c);
                    k = e + 1;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                k++;
            }
        }
    }

    /// <summary>Types weak candidates from the document's strong ones: a bare surname of a named person is that person.</summary>
    public void Propagate()
    {
        foreach (var c in _candidates)
        {
            // Unknown multi-word names are persons by default; their surnames type the bare ones too.
            if (c.Guessed || (c.Weak && !(c.Type == EntityType.Person && c.NameEnd - c.NameStart > 0 && _text.AsSpan(c.NameStart, c.NameEnd - c.NameStart).Contains(' '))))
            {
                continue;
            }

            var norm = NameNorm(c);
            _known.TryAdd(norm, c.Type);
            if (c.Type == EntityType.Person)
            {
                var sp = norm.LastIndexOf(' ');
                if (sp > 0)
                {
                    _known.TryAdd(norm[(sp + 1)..], EntityType.Person);
                }
            }
        }

        // A place guessed from context only yields to a person of that name ("in Ashgrove" after "Corwin Ashgrove").
        foreach (var c in _candidates)
        {
            if (!c.Guessed)
            {
                continue;
            }

            var norm = NameNorm(c);
            if (_known.TryGetValue(norm, out var type) && type == EntityType.Person)
            {
                c.Type = EntityType.Person;
            }
            else
            {
                _known.TryAdd(norm, c.Type);
            }
        }

        foreach (var c in _candidates)
        {
            if (!c.Weak)
            {
                continue;
            }

            var norm = NameNorm(c);
            if (_known.TryGetValue(norm, out var type))
            {
                c.Type = type;
                c.Weak = false;
            }
        }

        // Weak single words typed by the document (e.g. a surname first used with a title) join the known names.
        foreach (var c in _candidates)
        {
            if (!c.Weak && c.Type == EntityType.Person)
            {
                _known.TryAdd(NameNorm(c), EntityType.Person);
            }
        }
    }

    private void Add(Candidate c)
    {
        if ((c.Type is EntityType.Place or EntityType.Other || (c.Type == EntityType.Person && c.Weak && !_text.AsSpan(c.NameStart, c.NameEnd - c.NameStart).Contains(' ')))
            && c.Role is null && c.Affiliation is null)
        {
            var t = _tokens;
            var b = IndexEndingAt(t, c.NameEnd);
            var a = IndexStartingAt(t, c.NameStart);
            if (a >= 0 && b >= a && TypingRules.CanBeTeam(t, a, b)
                && ((_row && TypingRules.ScoreRow.Applies(t, a, b)) || TypingRules.TeamRole.Applies(t, a, b) || TypingRules.Versus.Applies(t, a, b)
                    || (a == b && c.Type != EntityType.Place && (TypingRules.MatchVerb.Applies(t, a, b) || TypingRules.CompanyNoun.Applies(t, a, b)))))
            {
                c.Type = EntityType.Organization;
                c.Weak = false;
                c.Team = true;
                c.Soft = false;
            }
        }

        _candidates.Add(c);
    }

    /// <summary>The token that ends at <paramref name="end"/> (a possessive token ends past its name), or -1; tokens are in text order.</summary>
    private static int IndexEndingAt(List<NameToken> t, int end)
    {
        int lo = 0, hi = t.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (t[mid].Start < end)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && (t[found].End == end || (t[found].Possessive && t[found].End >= end)) ? found : -1;
    }

    /// <summary>The token that starts at <paramref name="start"/>, or -1.</summary>
    private static int IndexStartingAt(List<NameToken> t, int start)
    {
        int lo = 0, hi = t.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (t[mid].Start == start)
            {
                return mid;
            }

            if (t[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// One name, one type per document: when the mentions of one name were typed differently, the type with the most
    /// evidence wins for all of them (a title, an affiliation or a team cue counts double; a headline mention counts nothing).
    /// </summary>
    public void Harmonize()
    {
        // The candidates grouped by normalized name: names and indices sorted together (a group's order does not matter,
        // its votes are a sum), in per-thread arrays, so grouping costs no dictionary or list per document.
        var count = 0;
        var norms = t_norms is { } n0 && n0.Length >= _candidates.Count ? n0 : t_norms = new string[Math.Max(_candidates.Count, 64)];
        var order = t_order is { } o0 && o0.Length >= _candidates.Count ? o0 : t_order = new int[Math.Max(_candidates.Count, 64)];
        for (var i = 0; i < _candidates.Count; i++)
        {
            var c = _candidates[i];
            if (c.NameEnd <= c.NameStart)
            {
                continue;
            }

            norms[count] = NameNorm(c);
            order[count] = i;
            count++;
        }

        // Surnames of the full names of people in the document ("Roe" after "Jane Roe"): a bare one is that person.
        HashSet<string>? surnames = null;
        for (var g = 0; g < count; g++)
        {
            var c = _candidates[order[g]];
            if (c.Type == EntityType.Person && !c.Weak && !c.Headline)
            {
                var norm = norms[g];
                var sp = norm.LastIndexOf(' ');
                if (sp > 0 && (c.Role is not null || Gazetteer.GivenNameKeys.Contains(norm.AsSpan(0, norm.IndexOf(' ', StringComparison.Ordinal)))))
                {
                    (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(norm[(sp + 1)..]);
                }
            }
        }

        Array.Sort(norms, order, 0, count, StringComparer.Ordinal);
        Span<int> votes = stackalloc int[4];
        for (var first = 0; first < count;)
        {
            var last = first;
            while (last + 1 < count && string.Equals(norms[last + 1], norms[first], StringComparison.Ordinal))
            {
                last++;
            }

            Vote(norms[first], first, last, order, surnames, votes);
            first = last + 1;
        }

        Array.Clear(norms, 0, count);
        if (norms.Length > MaxKeptCandidates)
        {
            t_norms = null;
            t_order = null;
        }
    }

    /// <summary>The type with the most evidence among the candidates order[first..last] of one name, given to all of them.</summary>
    private void Vote(string key, int first, int last, int[] order, HashSet<string>? surnames, Span<int> votes)
    {
        var head = _candidates[order[first]];
        var sameType = true;
        var surnameCompatible = true;
        for (var g = first; g <= last; g++)
        {
            var c = _candidates[order[g]];
            sameType &= c.Type == head.Type;
            surnameCompatible &= c.Type is EntityType.Person or EntityType.Other || c.Team;
        }

        // Only cues of this file's own making yield to the surname, never a listed place or organization.
        var surname = surnames is not null && surnames.Contains(key) && surnameCompatible;
        if ((first == last && !(surname && head.Team)) || (sameType && !(surname && head.Type != EntityType.Person)))
        {
            return;
        }

        votes.Clear();
        for (var g = first; g <= last; g++)
        {
            var c = _candidates[order[g]];
            if (c.Headline || c.Weak)
            {
                continue;
            }

            // A title, an affiliation or a team cue is firm evidence; a verb after a bare word is the weakest.
            votes[(int)c.Type] += c.Role is not null || c.Affiliation is not null || c.Team ? 3 : c.Soft ? 1 : 2;
        }

        if (surname)
        {
            votes[(int)EntityType.Person] += 4;
        }

        var best = -1;
        var tie = false;
        for (var k = 0; k < 4; k++)
        {
            if (votes[k] == 0)
            {
                continue;
            }

            if (best < 0 || votes[k] > votes[best])
            {
                best = k;
                tie = false;
            }
            else if (votes[k] == votes[best])
            {
                tie = true;
            }
        }

        if (best < 0 || tie)
        {
            return;
        }

        for (var g = first; g <= last; g++)
        {
            var c = _candidates[order[g]];

            // A titled or affiliated person stays a person whatever the rest says.
            if (c.Role is not null || c.Affiliation is not null)
            {
                continue;
            }

            c.Type = (EntityType)best;
            c.Weak = false;
        }
    }

    public IReadOnlyList<EntityMention> Build()
    {
        var result = new List<EntityMention>(_candidates.Count);

        // By start, the longest first, then in the order found (a stable sort, as the candidates' order decides ties).
        for (var i = 0; i < _candidates.Count; i++)
        {
            _candidates[i].Seq = i;
        }

        _candidates.Sort(ByStartLongestFirst);
        var lastStart = -1;
        foreach (var c in _candidates)
        {
            // One mention per start offset (the longest), so a mention is found again by (document, start).
            // The mention is the name: a title or role before it is reported as the mention's Role, not inside its span.
            if (c.NameEnd <= c.NameStart || c.NameStart == lastStart)
            {
                continue;
            }

            lastStart = c.NameStart;

            var text = Slice(c.NameStart, c.NameEnd);
            var nameSpan = _text.AsSpan(c.NameStart, c.NameEnd - c.NameStart);
            // Most names are already single-spaced: then no new string is needed.
            var name = !IsCollapsed(nameSpan) ? CollapseSpaces(nameSpan.ToString()) : text;
            result.Add(new EntityMention(_doc, text, c.NameStart, c.NameEnd, c.Type)
            {
                Name = name,
                Role = c.Role,
                Affiliation = c.Affiliation,
                AffiliationCode = c.AffiliationCode,
            });
        }

        // Let go of this document's candidates and names; drop per-thread collections that grew past the bound.
        _candidates.Clear();
        _known.Clear();
        if (_candidates.Capacity > MaxKeptCandidates || _known.EnsureCapacity(0) > MaxKeptCandidates)
        {
            t_candidates = null;
            t_known = null;
        }

        return result;
    }

    private static readonly Comparison<Candidate> ByStartLongestFirst = static (x, y) =>
        x.NameStart != y.NameStart ? x.NameStart.CompareTo(y.NameStart)
        : x.NameEnd != y.NameEnd ? y.NameEnd.CompareTo(x.NameEnd)
        : x.Seq.CompareTo(y.Seq);

    private string Slice(int start, int end) => _text[start..end];

    /// <summary>The normalized name of a candidate (the same name recurs, so its string is shared).</summary>
    private string NameNorm(Candidate c) => _normalizer.Normalize(_text.AsSpan(c.NameStart, c.NameEnd - c.NameStart));

    /// <summary>
    /// The normalized words a..b joined as the gazetteer keys are ("new york", "at&amp;t"), written into a per-thread buffer
    /// and valid until the next call: a look-up key that costs no string.
    /// </summary>
    private static ReadOnlySpan<char> JoinKey(List<NameToken> t, int a, int b)
    {
        if (a == b)
        {
            return t[a].Norm;
        }

        var length = 0;
        for (var k = a; k <= b; k++)
        {
            length += t[k].Norm.Length + 1;
        }

        var buffer = t_join is { } existing && existing.Length >= length ? existing : t_join = new char[Math.Max(length, 256)];
        var n = 0;
        for (var k = a; k <= b; k++)
        {
            // Words are separated by a space, except after "&"; punctuation joins its neighbours directly.
            if (t[k].IsWord && n > 0 && buffer[n - 1] != '&')
            {
                buffer[n++] = ' ';
            }

            t[k].Norm.CopyTo(buffer.AsSpan(n));
            n += t[k].Norm.Length;
        }

        return buffer.AsSpan(0, n);
    }

    /// <summary>"YouTube", "MediaPunch": an upper-case letter after a lower-case one marks a brand.</summary>
    private bool IsCamelCase(NameToken token)
    {
        if (token.IsAllCaps || token.End - token.Start < 4)
        {
            return false;
        }

        for (var k = token.Start + 1; k < token.End; k++)
        {
            if (char.IsUpper(_text[k]) && char.IsLower(_text[k - 1]))
            {
                // McAllister, MacArthur and DeLuca-like surnames are names, not brands.
                var prefix = _text.AsSpan(token.Start, k - token.Start);
                return !(prefix is "Mc" or "Mac" or "De" or "Di" or "Le" or "La" or "Van" or "O");
            }
        }

        return false;
    }

    /// <summary>Whether <see cref="CollapseSpaces"/> would return the text unchanged: single spaces between other characters only.</summary>
    private static bool IsCollapsed(ReadOnlySpan<char> s)
    {
        for (var k = 0; k < s.Length; k++)
        {
            if (char.IsWhiteSpace(s[k]) && (s[k] != ' ' || k == 0 || k == s.Length - 1 || char.IsWhiteSpace(s[k + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(ch);
        }

        return sb.ToString();
    }
}
