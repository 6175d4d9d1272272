using System.Globalization;
using FactCheck.Ingestion;

namespace FactCheck.Time;

/// <summary>
/// Decides each document's publication date from its metadata, its dateline candidate, the dates of the
/// other documents of the cluster and what its own text says (explicit years, "last year", weekdays).
/// A supplied date the text contradicts is doubted and replaced by an inferred one.
/// </summary>
internal static class PublicationDateResolver
{
    /// <summary>Dates further apart than this are not the same news cycle.</summary>
    private const int SameCycleDays = 30;

    /// <summary>Sibling dates this close support each other.</summary>
    private const int SupportDays = 3;

    /// <summary>How far an inferred date may move past its siblings' to fit the weekdays the text names.</summary>
    private const int MaxWeekdayShift = 3;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>One document's text evidence about when it was written.</summary>
    internal sealed class Profile
    {
        private readonly int[] _years;
        private readonly int[] _pastYears;
        private readonly int[] _days;

        public Profile(AnalyzedDocument document, IReadOnlyList<TimeMention> mentions)
        {
            Document = document;
            Mentions = mentions;
            if (document.Source.Published is { } published)
            {
                Candidate = published;
                Basis = PublishedBasis.Metadata;
            }
            else if (document.Source.DatelineCandidate is { } dateline)
            {
                Candidate = dateline.Value;
                Basis = PublishedBasis.Dateline;
                Dateline = dateline;
            }

            foreach (var m in mentions)
            {
                // The dateline itself is not evidence about the dateline.
                if (Dateline is { } d && m.Start < d.End && d.Start < m.End || m.Tense == Tense.Future)
                {
                    continue;
                }

                var s = m.Spec;
                switch (s.Kind)
                {
                    case SpecKind.Relative when s.Unit == "Y" && s.Offset == -1 && s.Count is null:
                        LastYearCues.Add(m);
                        break;
                    case SpecKind.Relative when s.Unit == "Y" && s.Offset == 0:
                        ThisYearCues.Add(m);
                        break;
                    case SpecKind.Weekday when s.Direction == Direction.Implicit:
                        PastWeekdays.Add(s.Weekday!.Value);
                        break;
                    case SpecKind.Range:
                        AddYear(s.Base!, m);
                        AddYear(s.End!, m);
                        break;
                    default:
                        AddYear(s, m);
                        break;
                }
            }

            // Sorted distinct years and days, so scoring a candidate date counts them by binary search.
            _years = [.. Years.Select(y => y.Year).Distinct().Order()];

            // Only a year told in the past speaks against an earlier date: forecasts, targets and maturities ("by 2030",
            // "notes due 1994") name later years in an article of any date.
            _pastYears = [.. Years.Where(y => y.Mention.Tense == Tense.Past).Select(y => y.Year).Distinct().Order()];
            _days = [.. FullDates.Select(f => f.Date.DayNumber).Distinct().Order()];
        }

        public AnalyzedDocument Document { get; }

        public IReadOnlyList<TimeMention> Mentions { get; }

        public DateOnly? Candidate { get; }

        public PublishedBasis Basis { get; }

        public DateCandidate? Dateline { get; }

        public List<(int Year, TimeMention Mention)> Years { get; } = [];

        public List<(DateOnly Date, TimeMention Mention)> FullDates { get; } = [];

        public List<TimeMention> LastYearCues { get; } = [];

        public List<TimeMention> ThisYearCues { get; } = [];

        public List<DayOfWeek> PastWeekdays { get; } = [];

        /// <summary>The latest year the text names (only meaningful when <see cref="Years"/> is not empty).</summary>
        public int LatestYear => _years.Length > 0 ? _years[^1] : int.MinValue;

        /// <summary>Whether the text names <paramref name="year"/> (in a year, date, range...).</summary>
        public bool NamesYear(int year) => Array.BinarySearch(_years, year) >= 0;

        /// <summary>How many distinct years after <paramref name="year"/> the text names in the past tense.</summary>
        public int CountYearsAfter(int year, bool anyTense = false) =>
            anyTense ? _years.Length - LowerBound(_years, year + 1) : _pastYears.Length - LowerBound(_pastYears, year + 1);

        /// <summary>How many distinct full dates from day number <paramref name="first"/> to <paramref name="last"/> the text names.</summary>
        public int CountDaysBetween(int first, int last) => last < first ? 0 : LowerBound(_days, last + 1) - LowerBound(_days, first);

        private static int LowerBound(int[] sorted, int value)
        {
            var i = Array.BinarySearch(sorted, value);
            return i >= 0 ? i : ~i;
        }

        private void AddYear(TimeSpec s, TimeMention m)
        {
            if (s.Year is not { } y || s.Kind is SpecKind.Decade)
            {
                return;
            }

            Years.Add((y, m));
            if (s.Kind == SpecKind.Date && s.Month is { } month && s.Day is { } day && TimeScanner.IsValid(s))
            {
                FullDates.Add((new DateOnly(y, month, day), m));
            }
        }
    }

    /// <summary>How well a date fits a text: negative when the text contradicts it.</summary>
    internal readonly record struct Fit(double Score, IReadOnlyList<TimeMention> Against, IReadOnlyList<string> Reasons);

    /// <summary>
    /// How well <paramref name="date"/> fits the text; the mentions against it and the reasons only with <paramref name="evidence"/>.
    /// A supplied date is contradicted only by later years told in the past; a <paramref name="replacement"/> date must not
    /// come before any year the text names outside the future tense (a replacement needs more support than the date it replaces).
    /// </summary>
    internal static Fit Score(Profile p, DateOnly date, bool evidence = true, bool replacement = false)
    {
        // Called for every document and candidate date: counts come from the profile's sorted years and days, and the
        // lists are made only when asked for and the text speaks against the date.
        var score = 0.0;
        List<TimeMention>? against = null;
        List<string>? reasons = null;
        var laterYears = p.CountYearsAfter(date.Year, replacement);
        if (laterYears > 0)
        {
            score -= 2 * laterYears;
            if (evidence)
            {
                LaterYears(p, date, ref against, ref reasons);
            }
        }

        // Later days of the same year: from two days after the date to December 31.
        var laterDays = p.CountDaysBetween(date.DayNumber + 2, new DateOnly(date.Year, 12, 31).DayNumber);
        if (laterDays > 0)
        {
            score -= 2 * laterDays;
            if (evidence)
            {
                LaterDays(p, date, ref against, ref reasons);
            }
        }

        if (p.Years.Count > 0)
        {
            var latest = p.LatestYear;
            if (p.LastYearCues.Count > 0)
            {
                if (p.NamesYear(date.Year - 1))
                {
                    score += 1;
                }
                else
                {
                    score -= 1;
                    if (evidence)
                    {
                        NoYearBeforeLastYear(p, latest, ref against, ref reasons);
                    }
                }
            }

            if (p.ThisYearCues.Count > 0)
            {
                score += p.NamesYear(date.Year) ? 0.5 : latest < date.Year - 1 ? -0.5 : 0;
            }

            if (date.Year - latest > 2)
            {
                score -= 0.5;
                if (evidence)
                {
                    reasons ??= [string.Create(Inv, $"the latest year it names is {latest}")];
                }
            }
        }

        return new Fit(score, against is null ? [] : Distinct(against), reasons is null ? [] : reasons);
    }

    private static void LaterYears(Profile p, DateOnly date, ref List<TimeMention>? against, ref List<string>? reasons)
    {
        var later = p.Years.Where(y => y.Year > date.Year && y.Mention.Tense == Tense.Past).ToList();
        (against ??= []).AddRange(later.Select(y => y.Mention));
        (reasons ??= []).Add(string.Create(Inv, $"it speaks in the past of {later.Max(y => y.Year)}"));
    }

    private static void LaterDays(Profile p, DateOnly date, ref List<TimeMention>? against, ref List<string>? reasons)
    {
        var laterDays = p.FullDates.Where(f => f.Date.DayNumber > date.DayNumber + 1 && f.Date.Year == date.Year);
        (against ??= []).AddRange(laterDays.Select(f => f.Mention));
        (reasons ??= []).Add("it reports events dated after it");
    }

    private static void NoYearBeforeLastYear(Profile p, int latest, ref List<TimeMention>? against, ref List<string>? reasons)
    {
        against ??= [];
        against.AddRange(p.LastYearCues);
        against.AddRange(p.Years.Where(y => y.Year == latest).Select(y => y.Mention));
        (reasons ??= []).Add(string.Create(Inv, $"it says \"last year\" but names no year after {latest}"));
    }

    private static List<TimeMention> Distinct(List<TimeMention> against) => against.Distinct().OrderBy(m => m.Start).ToList();

    /// <summary>The decision for one document, with the finding when its supplied date was doubted.</summary>
    internal sealed record Decision(PublicationDate Publication, Finding? Finding);

    internal static Decision[] Decide(IReadOnlyList<Profile> profiles, CancellationToken cancellationToken)
    {
        var self = new Fit?[profiles.Count];
        var trusted = new bool[profiles.Count];
        // A few binary searches per document (evidence lists only for contradicted ones): cheaper than a parallel loop.
        cancellationToken.ThrowIfCancellationRequested();
        for (var i = 0; i < profiles.Count; i++)
        {
            if (profiles[i].Candidate is { } c)
            {
                self[i] = Score(profiles[i], c);
                trusted[i] = self[i]!.Value.Score >= -1;
            }
        }

        var index = new TrustedDates(profiles, trusted);
        var decisions = new Decision[profiles.Count];
        Parallel.For(0, profiles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => decisions[i] = DecideOne(profiles, i, self[i], trusted, index));

        return decisions;
    }

    private static Decision DecideOne(IReadOnlyList<Profile> profiles, int i, Fit? selfFit, bool[] trusted, TrustedDates index)
    {
        var p = profiles[i];
        var (consensus, supporters) = Consensus(profiles, trusted, i, index);
        var ownSupport = p.Candidate is { } own
            ? index.Support(own.DayNumber) - (trusted[i] ? 1 : 0)
            : 0;
        if (p.Candidate is not { } date)
        {
            return new Decision(Infer(p, consensus, supporters, null), null);
        }

        var fit = selfFit!.Value;
        var doubt = fit.Score <= -2;
        Fit? consensusFit = consensus is { } cd ? Score(p, cd, evidence: false, replacement: true) : null;
        if (!doubt && consensus is { } c && Math.Abs(c.DayNumber - date.DayNumber) > SameCycleDays)
        {
            var better = consensusFit!.Value.Score > fit.Score;
            var majority = supporters.Count >= 2 && ownSupport == 0 && consensusFit.Value.Score >= fit.Score && p.Basis == PublishedBasis.Dateline;
            doubt = better || majority;
        }

        if (!doubt)
        {
            return new Decision(new PublicationDate(date, p.Basis, false), null);
        }

        var usable = consensusFit is { } cf && cf.Score >= fit.Score;
        var replacement = Infer(p, usable ? consensus : null, usable ? supporters : [], date);
        var finding = BuildFinding(p, date, fit, replacement, supporters, consensusFit);
        return new Decision(replacement with { Doubted = true }, finding);
    }

    /// <summary>
    /// The date most other trusted documents agree on (within a few days), and those documents. Support is counted
    /// on the sorted trusted dates once for the cluster, so each document costs the number of distinct dates, not
    /// the number of documents squared.
    /// </summary>
    private static (DateOnly? Date, IReadOnlyList<Profile> Supporters) Consensus(IReadOnlyList<Profile> profiles, bool[] trusted, int except, TrustedDates index)
    {
        int? ownDay = trusted[except] && profiles[except].Candidate is { } own ? own.DayNumber : null;
        if (index.Total - (ownDay is null ? 0 : 1) == 0)
        {
            return (null, []);
        }

        // Most support first, then the date this document's text fits best, then the earliest: independent of document order.
        var bestSupport = -1;
        var tied = new List<int>();
        for (var k = 0; k < index.Days.Length; k++)
        {
            var day = index.Days[k];
            if (index.Counts[k] - (ownDay == day ? 1 : 0) == 0)
            {
                continue;
            }

            var support = index.Supports[k] - (ownDay is { } o && Math.Abs(o - day) <= SupportDays ? 1 : 0);
            if (support > bestSupport)
            {
                bestSupport = support;
                tied.Clear();
            }

            if (support == bestSupport)
            {
                tied.Add(day);
            }
        }

        var bestDay = tied[0];
        if (tied.Count > 1)
        {
            var bestFit = double.NegativeInfinity;
            foreach (var day in tied)
            {
                // Ascending days: a strictly better fit wins, a tie keeps the earlier date.
                var f = Score(profiles[except], DateOnly.FromDayNumber(day), evidence: false, replacement: true).Score;
                if (f > bestFit)
                {
                    bestFit = f;
                    bestDay = day;
                }
            }
        }

        var all = index.SupportersOf(bestDay);
        var at = Array.IndexOf(all, profiles[except]);
        return (DateOnly.FromDayNumber(bestDay), at < 0 ? all : new Without(all, at));
    }

    /// <summary>The trusted candidate dates of a cluster, sorted, with how many trusted dates lie within <see cref="SupportDays"/> of each.</summary>
    private sealed class TrustedDates
    {
        private readonly int[] _all;
        private readonly (int Day, Profile Profile)[] _byDay;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<int, Profile[]> _supporters = new();

        public TrustedDates(IReadOnlyList<Profile> profiles, bool[] trusted)
        {
            var list = new List<(int Day, Profile Profile)>();
            for (var j = 0; j < profiles.Count; j++)
            {
                if (trusted[j] && profiles[j].Candidate is { } d)
                {
                    list.Add((d.DayNumber, profiles[j]));
                }
            }

            _byDay = [.. list.OrderBy(x => x.Day).ThenBy(x => x.Profile.Document.Id, StringComparer.Ordinal)];
            _all = _byDay.Select(x => x.Day).ToArray();
            Total = _all.Length;
            var groups = _all.GroupBy(d => d).Select(g => (Day: g.Key, Count: g.Count())).ToArray();
            Days = groups.Select(g => g.Day).ToArray();
            Counts = groups.Select(g => g.Count).ToArray();
            Supports = Days.Select(Support).ToArray();
        }

        public int Total { get; }

        /// <summary>The distinct trusted days, ascending.</summary>
        public int[] Days { get; }

        /// <summary>How many trusted documents carry each of <see cref="Days"/>.</summary>
        public int[] Counts { get; }

        /// <summary>How many trusted dates lie within <see cref="SupportDays"/> of each of <see cref="Days"/>.</summary>
        public int[] Supports { get; }

        /// <summary>How many trusted dates lie within <see cref="SupportDays"/> of <paramref name="day"/>.</summary>
        public int Support(int day) => LowerBound(day + SupportDays + 1) - LowerBound(day - SupportDays);

        /// <summary>The trusted documents dated within <see cref="SupportDays"/> of <paramref name="day"/>, by id.</summary>
        public Profile[] SupportersOf(int day)
        {
            // Thread-safe: decisions are made in parallel; a list computed twice is the same list.
            return _supporters.GetOrAdd(day, d =>
            {
                var from = LowerBound(d - SupportDays);
                var to = LowerBound(d + SupportDays + 1);
                return _byDay[from..to].Select(x => x.Profile).OrderBy(x => x.Document.Id, StringComparer.Ordinal).ToArray();
            });
        }

        private int LowerBound(int day)
        {
            var lo = 0;
            var hi = _all.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_all[mid] < day)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }

    /// <summary>A list without one of its items, without copying it.</summary>
    private sealed class Without(Profile[] items, int skip) : IReadOnlyList<Profile>
    {
        public int Count => items.Length - 1;

        public Profile this[int index] => items[index < skip ? index : index + 1];

        public IEnumerator<Profile> GetEnumerator()
        {
            for (var i = 0; i < items.Length; i++)
            {
                if (i != skip)
                {
                    yield return items[i];
                }
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Infers a date from the cluster (moved forward to fit the weekdays the text names) or from the text's latest full date.</summary>
    private static PublicationDate Infer(Profile p, DateOnly? consensus, IReadOnlyList<Profile> supporters, DateOnly? rejected)
    {
        if (consensus is { } c && Score(p, c, evidence: false, replacement: true).Score > -2)
        {
            var shifted = FitWeekdays(p, c);
            var basisText = string.Create(Inv, $"inferred from {supporters.Count} other article{(supporters.Count == 1 ? string.Empty : "s")} dated {Iso(c)}");
            if (shifted != c)
            {
                basisText += string.Create(Inv, $", moved to {Iso(shifted)} to fit the weekdays it names");
            }

            return new PublicationDate(shifted, PublishedBasis.Inferred, false, Reason(rejected, basisText));
        }

        var latest = p.FullDates.Where(f => rejected is not { } r || f.Date != r).Select(f => f.Date).DefaultIfEmpty().Max();
        if (latest != default && Score(p, latest, evidence: false, replacement: true).Score > -2)
        {
            var shifted = FitWeekdays(p, latest);
            return new PublicationDate(shifted, PublishedBasis.Inferred, false, Reason(rejected, "inferred from the latest full date the text mentions"));
        }

        return new PublicationDate(null, PublishedBasis.None, false, rejected is null ? null : Reason(rejected, "no other date could be inferred"));
    }

    private static string Reason(DateOnly? rejected, string text) =>
        rejected is { } r ? string.Create(Inv, $"the supplied date {Iso(r)} is contradicted by the text; {text}") : text;

    /// <summary>
    /// Moves <paramref name="date"/> forward by up to <see cref="MaxWeekdayShift"/> days when the weekdays the text names
    /// in the past fit better: each named weekday should lie shortly before the publication date.
    /// </summary>
    private static DateOnly FitWeekdays(Profile p, DateOnly date)
    {
        if (p.PastWeekdays.Count == 0)
        {
            return date;
        }

        var best = date;
        var bestCost = int.MaxValue;
        for (var shift = 0; shift <= MaxWeekdayShift; shift++)
        {
            if (TimeResolver.Shift(date, shift) is not { } d)
            {
                break;
            }

            var cost = (2 * shift) + p.PastWeekdays.Sum(w => ((int)d.DayOfWeek - (int)w + 7) % 7);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = d;
            }
        }

        return best;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    private static Finding BuildFinding(Profile p, DateOnly rejected, Fit fit, PublicationDate replacement, IReadOnlyList<Profile> supporters, Fit? consensusFit)
    {
        var doc = p.Document;
        var anchor = replacement.Value ?? rejected;
        var evidence = new List<Evidence>();
        if (p.Dateline is { } d)
        {
            evidence.Add(new Evidence(doc.Id, d.Text, d.Start, d.End, Iso(rejected)));
        }

        const int MaxAgainst = 6;
        foreach (var m in fit.Against.Take(MaxAgainst))
        {
            var value = TimeResolver.Resolve(m.Spec, anchor, m.Tense)?.Value;
            evidence.Add(new Evidence(doc.Id, doc.Text[m.Start..m.End], m.Start, m.End, value));
        }

        var usedSiblings = replacement.Basis == PublishedBasis.Inferred && replacement.Reason?.Contains("other article", StringComparison.Ordinal) == true;
        if (usedSiblings)
        {
            foreach (var s in supporters.Where(s => s.Dateline is not null).Take(3))
            {
                var sd = s.Dateline!;
                evidence.Add(new Evidence(s.Document.Id, sd.Text, sd.Start, sd.End, Iso(sd.Value)));
            }
        }

        var reasons = new List<string>(fit.Reasons);
        if (usedSiblings)
        {
            reasons.Add(string.Create(Inv, $"{supporters.Count} other article{(supporters.Count == 1 ? " is" : "s are")} dated {Iso(replacement.Value!.Value)}"));
        }

        var source = p.Dateline is { } dl ? string.Create(Inv, $"dateline \"{dl.Text}\"") : "metadata";
        var outcome = replacement.Value is { } v
            ? string.Create(Inv, $"its dates are anchored on {Iso(v)} instead")
            : "its relative dates are left unanchored";
        var because = reasons.Count > 0 ? string.Join("; ", reasons) : "the text does not fit it";
        var summary = string.Create(Inv, $"The publication date {Iso(rejected)} of {doc.Id} ({source}) looks like a page or crawl date, not the article's: {because}. {char.ToUpperInvariant(outcome[0])}{outcome[1..]}.");

        var gap = consensusFit is { } cf ? Math.Min(2, cf.Score - fit.Score) : Math.Min(2, -fit.Score - 1);
        var confidence = Math.Min(0.95, 0.5 + (0.1 * Math.Min(3, usedSiblings ? supporters.Count : 0)) + (0.1 * Math.Max(0, gap)));
        var id = StableId.From("pubdate", doc.Id, Iso(rejected), replacement.Value is { } rv ? Iso(rv) : string.Empty);
        return new Finding(id, FindingKind.PublicationDate, Severity.Note, Math.Round(confidence, 2), summary, [], evidence) { Rule = "publication-date-doubt" };
    }
}
