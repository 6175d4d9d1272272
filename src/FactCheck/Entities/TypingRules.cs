using System.Collections.Frozen;
using FactCheck.Rules;

namespace FactCheck.Entities;

/// <summary>
/// A named step of entity typing: a cue read around the name chunk t[a..b] of one sentence. The recognizer asks
/// <see cref="Applies"/> and types the chunk; the examples are whole lines run through the recognizer by a table-driven
/// test (<see cref="RuleExample.Expected"/> is <c>name=type</c>).
/// </summary>
internal abstract class TypingRule : IRule
{
    public abstract string Name { get; }

    public virtual IReadOnlyList<string> Triggers => [];

    public abstract IReadOnlyList<RuleExample> Examples { get; }

    /// <summary>Whether the cue is present around the chunk t[a..b].</summary>
    public abstract bool Applies(List<NameToken> t, int a, int b);

    protected static bool IsNumber(NameToken token) => !token.IsWord && token.Norm.Length > 0 && char.IsAsciiDigit(token.Norm[0]);
}

/// <summary>The entity-typing steps added for lines without case evidence, tables and sports pages, in the order they run; one set per <see cref="Gazetteer"/>.</summary>
internal sealed class TypingRules
{
    public TypingRules(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        Dateline = new();
        ScoreRow = new();
        TeamRole = new(gazetteer);
        Versus = new();
        MatchVerb = new(gazetteer);
        CompanyNoun = new(gazetteer);
        All = [Dateline, ScoreRow, TeamRole, Versus, MatchVerb, CompanyNoun];
    }

    public DatelineRule Dateline { get; }

    public ScoreRowRule ScoreRow { get; }

    public TeamRoleRule TeamRole { get; }

    public VersusRule Versus { get; }

    public MatchVerbRule MatchVerb { get; }

    public CompanyNounRule CompanyNoun { get; }

    /// <summary>Every step, in order.</summary>
    public IReadOnlyList<TypingRule> All { get; }

    /// <summary>The words the steps read.</summary>
    private Gazetteer Gazetteer { get; }

    /// <summary>
    /// Whether a candidate may be read as a team: an unknown word, or a known place that is not a country (a national side
    /// stays its country); never a person shown by a given name or an initial.
    /// </summary>
    internal bool CanBeTeam(List<NameToken> t, int a, int b)
    {
        for (var k = a; k <= b; k++)
        {
            if (!t[k].IsWord)
            {
                return false;
            }
        }

        // The words joined by single spaces, looked up by span: no string per candidate.
        var key = SpaceJoined(t, a, b);
        if (Gazetteer.CountryKeys.Contains(key) || Gazetteer.CalendarKeys.Contains(key) || Gazetteer.DemonymKeys.ContainsKey(key))
        {
            return false;
        }

        if (Gazetteer.PlaceKeys.ContainsKey(key))
        {
            return true;
        }

        // Unknown words only: no given name, no initial, no common word, no title.
        for (var k = a; k <= b; k++)
        {
            var n = t[k].Norm;
            if (Gazetteer.GivenNames.Contains(n) || n.Length == 1 || Gazetteer.CommonWords.Contains(n) || Gazetteer.TitleWords.Contains(n))
            {
                return false;
            }
        }

        return b - a <= 1;
    }

    [ThreadStatic]
    private static char[]? t_key;

    /// <summary>The normalized words a..b joined by single spaces in a per-thread buffer, valid until the next call.</summary>
    private static ReadOnlySpan<char> SpaceJoined(List<NameToken> t, int a, int b)
    {
        if (a == b)
        {
            return t[a].Norm;
        }

        var length = b - a;
        for (var k = a; k <= b; k++)
        {
            length += t[k].Norm.Length;
        }

        var buffer = t_key is { } existing && existing.Length >= length ? existing : t_key = new char[Math.Max(length, 256)];
        var n = 0;
        for (var k = a; k <= b; k++)
        {
            if (k > a)
            {
                buffer[n++] = ' ';
            }

            t[k].Norm.CopyTo(buffer.AsSpan(n));
            n += t[k].Norm.Length;
        }

        return buffer.AsSpan(0, n);
    }

    /// <summary>"LONDON 1996-08-30", "LAKEPORT, Ore. 1996-08-30": the capitals opening a dateline name a place.</summary>
    internal sealed class DatelineRule : TypingRule
    {
        public override string Name => "dateline-place";

        public override IReadOnlyList<RuleExample> Examples { get; } =
        [
            new("ASHGROVE 1996-08-30", true, "ASHGROVE=place"),
            new("PORT VELLIS, Ore.", true, "PORT VELLIS=place"),
            new("SOCCER - ASHGROVE BEAT DUNMERE.", false, "SOCCER=place"),
        ];

        public override bool Applies(List<NameToken> t, int a, int b)
        {
            for (var k = 0; k < a; k++)
            {
                if (t[k].IsWord)
                {
                    return false;
                }
            }

            for (var k = a; k <= b; k++)
            {
                if (!t[k].IsWord || !(t[k].IsAllCaps || (t[k].IsCap && t[k].End - t[k].Start == 1)))
                {
                    return false;
                }
            }

            if (b + 1 >= t.Count)
            {
                return false;
            }

            var next = t[b + 1];
            return next.Punct == ',' || (IsNumber(next) && next.Norm.Length == 4 && b + 2 < t.Count && t[b + 2].Punct == '-');
        }
    }

    /// <summary>"Lakeport 2 Ashgrove 1", "DUNMERE 74 59 .556": in a table row a name followed by a score is a team.</summary>
    internal sealed class ScoreRowRule : TypingRule
    {
        public override string Name => "score-row-team";

        public override IReadOnlyList<RuleExample> Examples { get; } =
        [
            new("Lakeport 2 Ashgrove 1", true, "Lakeport=organization"),
            new("Ashgrove 3 1 0 6 1 10", true, "Ashgrove=organization"),
            new("Lakeport 2 Ashgrove 1", true, "Ashgrove=organization"),
            new("3. Ivo Marsh (Finland) 24.05", false, "Finland=organization"),
            new("Norway 2 Finland 1", false, "Norway=organization"),
        ];

        public override bool Applies(List<NameToken> t, int a, int b)
        {
            if (b + 1 >= t.Count || !IsNumber(t[b + 1]) || t[b].Possessive)
            {
                return false;
            }

            // A year followed by a dash opens a date, not a score ("LONDON 1996-08-30").
            if (t[b + 1].Norm.Length == 4 && b + 2 < t.Count && t[b + 2].Punct == '-')
            {
                return false;
            }

            // "c Roe b Doe 8": a scorecard's lower-case marker makes the name a player.
            return a == 0 || t[a - 1].IsCap || !t[a - 1].IsWord;
        }
    }

    /// <summary>"Lakeport captain Ivo Marsh", "the Ashgrove side": a team noun right after a name makes it a team.</summary>
    internal sealed class TeamRoleRule(Gazetteer gazetteer) : TypingRule
    {
        private readonly FrozenSet<string> _teamRoles = gazetteer.TeamRoles;

        public override string Name => "team-role-noun";

        public override IReadOnlyList<string> Triggers => [.. _teamRoles.Order(StringComparer.Ordinal)];

        public override IReadOnlyList<RuleExample> Examples { get; } =
        [
            new("Ashgrove captain Ivo Marsh scored a century.", true, "Ashgrove=organization"),
            new("The Dunmere side lost again on Sunday.", true, "Dunmere=organization"),
            new("Norway coach Ivo Marsh was pleased.", false, "Norway=organization"),
            new("Ivo Marsh scored for the visitors.", false, "Ivo Marsh=organization"),
        ];

        public override bool Applies(List<NameToken> t, int a, int b) =>
            b + 1 < t.Count && t[b + 1].IsWord && !t[b + 1].IsCap && _teamRoles.Contains(t[b + 1].Norm);
    }

    /// <summary>"May 17 v Lakeport", "Ashgrove vs. Dunmere": the name after "v" or "vs" is a team.</summary>
    internal sealed class VersusRule : TypingRule
    {
        public override string Name => "versus-team";

        public override IReadOnlyList<string> Triggers => ["v", "vs", "versus"];

        public override IReadOnlyList<RuleExample> Examples { get; } =
        [
            new("May 17 v Lakeport (at Ashgrove)", true, "Lakeport=organization"),
            new("June 2 v Norway", false, "Norway=organization"),
        ];

        public override bool Applies(List<NameToken> t, int a, int b)
        {
            var k = a - 1;
            if (k >= 1 && t[k].Punct == '.')
            {
                k--;
            }

            return k >= 0 && t[k].IsWord && !t[k].IsCap && t[k].Norm is "v" or "vs" or "versus";
        }
    }

    /// <summary>"Lakeport beat Ashgrove by an innings": an unknown single name next to a match-result verb is a team.</summary>
    internal sealed class MatchVerbRule(Gazetteer gazetteer) : TypingRule
    {
        private readonly FrozenSet<string> _before = gazetteer.MatchVerbsBefore;
        private readonly FrozenSet<string> _after = gazetteer.MatchVerbsAfter;

        public override string Name => "match-verb-team";

        public override IReadOnlyList<string> Triggers => [.. _before.Order(StringComparer.Ordinal)];

        public override IReadOnlyList<RuleExample> Examples { get; } =
        [
            new("Lakeport beat Ashgrove by an innings.", true, "Lakeport=organization"),
            new("Lakeport beat Ashgrove by an innings.", true, "Ashgrove=organization"),
            new("Peter Marsh beat Tom Brack in straight sets, and Marsh beat him again.", false, "Marsh=organization"),
        ];

        public override bool Applies(List<NameToken> t, int a, int b)
        {
            if (b + 1 < t.Count && t[b + 1].IsWord && !t[b + 1].IsCap && _before.Contains(t[b + 1].Norm) && !t[b].Possessive)
            {
                return true;
            }

            return a >= 1 && t[a - 1].IsWord && !t[a - 1].IsCap && _after.Contains(t[a - 1].Norm);
        }
    }

    /// <summary>"Acme shares rose", "Zentrix chairman": a company noun right after an unknown single name makes it an organization.</summary>
    internal sealed class CompanyNounRule(Gazetteer gazetteer) : TypingRule
    {
        private readonly FrozenSet<string> _orgNouns = gazetteer.OrgNouns;

        public override string Name => "company-noun";

        public override IReadOnlyList<string> Triggers => [.. _orgNouns.Order(StringComparer.Ordinal)];

        public override IReadOnlyList<RuleExample> Examples { get; } =
        [
            new("Zentrix shares rose 4 percent on Friday.", true, "Zentrix=organization"),
            new("Ivo Marsh shares the view.", false, "Ivo Marsh=organization"),
        ];

        public override bool Applies(List<NameToken> t, int a, int b) =>
            b + 1 < t.Count && t[b + 1].IsWord && !t[b + 1].IsCap && _orgNouns.Contains(t[b + 1].Norm);
    }
}
