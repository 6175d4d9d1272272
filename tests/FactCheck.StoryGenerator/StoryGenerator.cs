using System.Globalization;
using System.Text;
using FactCheck.Ingestion;

namespace FactCheck.StoryGenerator;

/// <summary>How a story is generated.</summary>
public sealed record StoryOptions
{
    /// <summary>Share of documents that carry each injected discrepancy; 0 means exactly one document per kind.</summary>
    public double OddShare { get; init; }

    /// <summary>Whether to surround articles with site chrome (menus, share buttons).</summary>
    public bool Chrome { get; init; } = true;

    /// <summary>Background sentences per article, at least.</summary>
    public int MinBackground { get; init; } = 2;

    /// <summary>Background sentences per article, at most.</summary>
    public int MaxBackground { get; init; } = 6;

    /// <summary>Whether to inject discrepancies at all (false gives a fully consistent story).</summary>
    public bool Inject { get; init; } = true;
}

/// <summary>
/// Writes N articles about one invented event, with recorded discrepancies of every finding kind and
/// look-alike non-conflicts. The same seed always gives the same text (SplitMix64, invariant formatting).
/// </summary>
public static class StoryGenerator
{
    private const string Subjects = "hearing date";

    /// <summary>Generates a story of <paramref name="articles"/> articles from <paramref name="seed"/>.</summary>
    public static GeneratedStory Generate(int articles, ulong seed, StoryOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        options ??= new StoryOptions();
        var rng = new SplitMix64(seed);
        var cast = Cast.Draw(rng);
        var ids = Enumerable.Range(1, articles).Select(i => string.Create(CultureInfo.InvariantCulture, $"art-{i:D5}")).ToArray();

        // One set of odd documents per discrepancy kind; a minority, so the common value stays the majority.
        var oddCount = options.OddShare <= 0 ? 1 : Math.Max(1, (int)Math.Round(articles * options.OddShare));
        oddCount = Math.Min(oddCount, (articles - 1) / 2);
        var canInject = options.Inject && articles >= 2 && oddCount >= 1;
        if (articles == 2 && options.Inject)
        {
            oddCount = 1;
            canInject = true;
        }

        HashSet<int> Odd() => canInject ? rng.Sample(Enumerable.Range(0, articles).ToArray(), oddCount).ToHashSet() : [];
        var oddSpelling = Odd();
        var oddHearing = Odd();
        var oddCount2 = Odd();
        var oddQuote = Odd();
        var oddAttribution = Odd();
        var oddRole = Odd();
        var oddStance = Odd();
        var oddCrawl = Odd();

        var docs = new SourceDocument[articles];
        var meetingDocs = new SortedSet<string>(StringComparer.Ordinal);
        var boundDocs = new SortedSet<string>(StringComparer.Ordinal);
        var boundValues = new SortedSet<int>();
        var quoteDocs = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < articles; i++)
        {
            var a = new ArticleWriter(rng, cast, options, ids[i], i)
            {
                MisspellEnvoy = oddSpelling.Contains(i),
                ShiftHearing = oddHearing.Contains(i),
                OddCount = oddCount2.Contains(i),
                RewordQuote = oddQuote.Contains(i),
                Misattribute = oddAttribution.Contains(i),
                OddRole = oddRole.Contains(i),
                OddStance = oddStance.Contains(i),
                CrawlDate = oddCrawl.Contains(i),
            };
            docs[i] = a.Write();
            if (a.MentionsMeetingDates)
            {
                meetingDocs.Add(ids[i]);
            }

            boundDocs.Add(ids[i]);
            boundValues.Add(a.LowerBound);
            quoteDocs.Add(ids[i]);
        }

        string[] Docs(HashSet<int> set) => set.Order().Select(i => ids[i]).ToArray();
        string[] Others(HashSet<int> set) => Enumerable.Range(0, articles).Where(i => !set.Contains(i)).Select(i => ids[i]).ToArray();
        var findings = new List<ExpectedFinding>();
        if (canInject)
        {
            findings.Add(new(FindingKind.Spelling, cast.Envoy.Full, cast.Envoy.Family, cast.EnvoyMisspelt, Docs(oddSpelling), Others(oddSpelling)));
            findings.Add(new(FindingKind.Date, Subjects, Dates.Long(cast.Hearing), Dates.Long(cast.HearingShifted), Docs(oddHearing), Others(oddHearing)));
            findings.Add(new(FindingKind.Number, "aides at the second meeting", Num(cast.Aides), Num(cast.AidesOdd), Docs(oddCount2), Others(oddCount2)));
            findings.Add(new(FindingKind.QuoteWording, cast.Protagonist.Full, cast.Statement, cast.StatementReworded, Docs(oddQuote), Others(oddQuote)));
            findings.Add(new(FindingKind.Attribution, cast.DefenceQuote, cast.Spokesperson.Full, cast.Protagonist.Full, Docs(oddAttribution), Others(oddAttribution)));
            findings.Add(new(FindingKind.RoleTitle, cast.Protagonist.Full, cast.Office.Common, cast.Office.Odd, Docs(oddRole), Others(oddRole)));
            findings.Add(new(FindingKind.StanceCoverage, cast.Critic.Full, "resign", "investigation", Docs(oddStance), Others(oddStance)));
            findings.Add(new(FindingKind.PublicationDate, "publication date", Dates.Iso(cast.Reported), Dates.Iso(cast.Crawled), Docs(oddCrawl), []));
        }

        var nonConflicts = new List<ExpectedNonConflict>
        {
            new(FindingKind.Date, "the two meetings", [Dates.Long(cast.Meeting1), Dates.Long(cast.Meeting2)], [.. meetingDocs],
                "two meetings on two dates, not one meeting with two dates"),
            new(FindingKind.Number, "lawmakers who signed the letter", boundValues.Select(Num).ToArray(), [.. boundDocs],
                "a lower bound ('at least') that grows with the publication date"),
            new(FindingKind.QuoteWording, cast.SecondCritic.Full, [cast.CriticQuote], [.. quoteDocs],
                "the same quote, identical in every document"),
        };

        return new GeneratedStory(seed, docs, new GroundTruth(findings, nonConflicts));
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A person of the story.</summary>
/// <param name="Given">Given name.</param>
/// <param name="Family">Family name.</param>
public sealed record Person(string Given, string Family)
{
    /// <summary>Given and family name.</summary>
    public string Full => Given + " " + Family;
}

internal static class Dates
{
    public static string Long(DateOnly d) =>
        string.Create(CultureInfo.InvariantCulture, $"{Vocabulary.Months[d.Month - 1]} {d.Day}, {d.Year}");

    public static string Short(DateOnly d) =>
        string.Create(CultureInfo.InvariantCulture, $"{Vocabulary.Months[d.Month - 1]} {d.Day}");

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly d) => Vocabulary.Weekdays[((int)d.DayOfWeek + 6) % 7];
}

internal sealed record Cast(
    Person Protagonist,
    (string Common, string Odd) Office,
    Person Envoy,
    string EnvoyMisspelt,
    string Country,
    Person Spokesperson,
    Person Critic,
    string CriticParty,
    string CriticRegion,
    Person SecondCritic,
    string SecondParty,
    string Matter,
    DateOnly Meeting1,
    DateOnly Meeting2,
    string City1,
    DateOnly Hearing,
    DateOnly HearingShifted,
    DateOnly Reported,
    DateOnly Crawled,
    int Aides,
    int AidesOdd,
    string Statement,
    string StatementReworded,
    string DefenceQuote,
    string CriticQuote)
{
    public static Cast Draw(SplitMix64 rng)
    {
        var people = rng.Sample(Enumerable.Range(0, Vocabulary.FamilyNames.Length).ToArray(), 5)
            .Select(i => new Person(rng.Pick(Vocabulary.GivenNames), Vocabulary.FamilyNames[i]))
            .ToArray();
        var year = rng.Next(2027, 2035);
        var meeting1 = new DateOnly(year - 1, rng.Next(6, 8), rng.Next(3, 27));
        var meeting2 = new DateOnly(year - 1, rng.Next(9, 11), rng.Next(3, 27));
        var hearing = new DateOnly(year, 1, rng.Next(8, 20));
        var shifted = hearing.AddDays(rng.Next(1, 8));
        var reported = hearing.AddDays(rng.Next(35, 50));
        var crawled = reported.AddDays(rng.Next(300, 700));
        var matter = rng.Pick(Vocabulary.Matters);
        var aides = rng.Next(3, 9);
        var envoy = people[1];
        return new Cast(
            people[0],
            rng.Pick(Vocabulary.Offices),
            envoy,
            Misspell(envoy.Family, rng),
            rng.Pick(Vocabulary.Countries),
            people[2],
            people[3],
            rng.Pick(Vocabulary.Parties),
            rng.Pick(Vocabulary.Regions),
            people[4],
            rng.Pick(Vocabulary.Parties),
            matter,
            meeting1,
            meeting2,
            rng.Pick(Vocabulary.Cities),
            hearing,
            shifted,
            reported,
            crawled,
            aides,
            aides + rng.Next(2, 6),
            $"I did not discuss {matter} with any foreign official, and any suggestion otherwise is simply false",
            $"I did not discuss {matter} with any foreign diplomat, and any suggestion otherwise is false",
            "The secretary meets dozens of ambassadors a year as part of the job, and every one of those meetings was proper",
            "Nobody who hides a meeting from the Senate should keep the keys to this department");
    }

    /// <summary>One edit: swap two adjacent inner letters that differ, or double a consonant when none differ.</summary>
    private static string Misspell(string name, SplitMix64 rng)
    {
        var chars = name.ToCharArray();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var i = rng.Next(1, chars.Length - 2);
            if (chars[i] != chars[i + 1])
            {
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                return new string(chars);
            }
        }

        return name.Insert(2, name[1].ToString());
    }
}

internal sealed class ArticleWriter(SplitMix64 rng, Cast c, StoryOptions options, string id, int index)
{
    private readonly StringBuilder _sb = new();
    private readonly string _open = rng.Chance(0.5) ? "\u201C" : "\"";

    public bool MisspellEnvoy { get; init; }
    public bool ShiftHearing { get; init; }
    public bool OddCount { get; init; }
    public bool RewordQuote { get; init; }
    public bool Misattribute { get; init; }
    public bool OddRole { get; init; }
    public bool OddStance { get; init; }
    public bool CrawlDate { get; init; }
    public bool MentionsMeetingDates { get; private set; }
    public int LowerBound { get; private set; }

    private string Close => _open == "\"" ? "\"" : "\u201D";

    private string Q(string words) => _open + words + Close;

    public SourceDocument Write()
    {
        var outlet = Vocabulary.Outlets[index % Vocabulary.Outlets.Length];
        var dayOffset = rng.Next(0, 4);
        var published = c.Reported.AddDays(dayOffset);
        var pageDate = CrawlDate ? c.Crawled : published;
        var p = c.Protagonist;
        var envoyFamily = MisspellEnvoy ? c.EnvoyMisspelt : c.Envoy.Family;
        var envoyFull = c.Envoy.Given + " " + envoyFamily;
        var office = OddRole ? c.Office.Odd : c.Office.Common;
        var hearing = Dates.Long(ShiftHearing ? c.HearingShifted : c.Hearing);
        var weekday = Dates.Weekday(c.Reported);
        var title = rng.Pick(new[]
        {
            $"{p.Family} met {c.Country}'s envoy before confirmation hearing",
            $"{p.Family} faces questions over talks with ambassador",
            $"Undisclosed meetings put {p.Family} under pressure",
            $"Lawmakers demand answers from {p.Family} over envoy talks",
        });

        _sb.Append("Outlet: ").Append(outlet).Append('\n');
        _sb.Append("Date: ").Append(Dates.Iso(pageDate)).Append('\n');
        _sb.Append("Title: ").Append(title).Append("\n\n");
        var bodyStart = _sb.Length;
        if (options.Chrome)
        {
            foreach (var line in rng.Sample(Vocabulary.TopChrome, rng.Next(1, 4)))
            {
                _sb.Append(line).Append('\n');
            }

            _sb.Append('\n').Append(title).Append("\n\n");
        }

        Para(rng.Pick(new[]
        {
            $"{office} {p.Full} met {c.Country}'s ambassador, {envoyFull}, twice last year and did not mention the meetings when senators questioned {p.Family} at the confirmation hearing on {hearing}, {outlet} has learned.",
            $"{office} {p.Full} held two meetings last year with {envoyFull}, the ambassador of {c.Country}, but said nothing about them at the confirmation hearing on {hearing}.",
            $"At the confirmation hearing on {hearing}, {office} {p.Full} did not disclose two meetings held last year with {envoyFull}, {c.Country}'s ambassador, according to officials who spoke on {weekday}.",
        }));

        switch (rng.Next(3))
        {
            case 0:
                Para($"The first meeting took place on {Dates.Short(c.Meeting1)} in {c.City1}, on the margins of a trade conference. The second was held on {Dates.Short(c.Meeting2)} in {p.Family}'s office in Washington.");
                MentionsMeetingDates = true;
                break;
            case 1:
                Para($"The two first spoke on {Dates.Short(c.Meeting1)} at a trade conference in {c.City1}, and {envoyFamily} later visited {p.Family}'s office.");
                MentionsMeetingDates = true;
                break;
            default:
                Para($"One of the meetings, on {Dates.Short(c.Meeting2)}, took place in {p.Family}'s office in Washington, officials said.");
                MentionsMeetingDates = true;
                break;
        }

        var aides = OddCount ? c.AidesOdd : c.Aides;
        Para($"{aides.ToString(CultureInfo.InvariantCulture)} aides attended the second meeting, according to a person briefed on it, and no notes of the conversation have been released.");

        Para($"{Q(RewordQuote ? c.StatementReworded : c.Statement)}, {p.Family} said in a statement on {weekday}.");

        Para(Misattribute
            ? $"{Q(c.DefenceQuote)}, {p.Full} said."
            : $"{Q(c.DefenceQuote)}, said {c.Spokesperson.Full}, a spokesperson for the department.");

        Background(2);

        Para(OddStance
            ? $"{c.Critic.Full}, a {c.CriticParty} lawmaker from {c.CriticRegion}, called for an independent investigation into the meetings."
            : $"{c.Critic.Full}, a {c.CriticParty} lawmaker from {c.CriticRegion}, called on {p.Family} to resign.");

        Para($"{c.SecondCritic.Full}, a {c.SecondParty} member of the oversight committee, said {p.Family} should step aside from any inquiry into {c.Matter}. {Q(c.CriticQuote)}, {c.SecondCritic.Family} said.");

        // Grows with the publication date, so later outlets report a higher lower bound.
        LowerBound = 20 + (dayOffset * 9);
        Para($"By {Dates.Weekday(published)} evening, at least {LowerBound.ToString(CultureInfo.InvariantCulture)} lawmakers had signed a letter asking for the hearing transcripts to be reviewed.");

        Background(rng.Next(Math.Max(0, options.MinBackground - 2), Math.Max(1, options.MaxBackground - 1)));

        if (options.Chrome)
        {
            foreach (var line in rng.Sample(Vocabulary.BottomChrome, rng.Next(1, 4)))
            {
                _sb.Append(line).Append('\n');
            }

            _sb.Append("\u00A9 ").Append(pageDate.Year.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(outlet).Append(". All rights reserved.\n");
        }

        // Through the loader, as a file would be read: it parses the header and sets BodyStart.
        var doc = DocumentLoader.FromText(id, _sb.ToString());
        if (doc.BodyStart != bodyStart || doc.Published != pageDate || doc.Outlet != outlet || doc.Title != title)
        {
            throw new InvalidOperationException($"The loader read the generated header of '{id}' differently than it was written.");
        }

        return doc;
    }

    private void Background(int sentences)
    {
        var picks = rng.Sample(Vocabulary.Background, sentences);
        for (var i = 0; i < picks.Count; i += 2)
        {
            var para = string.Join(' ', picks.Skip(i).Take(2).Select(Fill));
            Para(para);
        }
    }

    private string Fill(string template) => template
        .Replace("{P}", c.Protagonist.Family, StringComparison.Ordinal)
        .Replace("{M}", c.Matter, StringComparison.Ordinal)
        .Replace("{N}", rng.Next(2, 19).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{C}", rng.Pick(Vocabulary.Cities), StringComparison.Ordinal);

    private void Para(string text) => _sb.Append(text).Append("\n\n");
}
