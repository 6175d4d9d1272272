namespace FactCheck.StoryGenerator;

/// <summary>
/// Invented vocabulary for synthetic stories, written for this project. The people and outlets do not
/// exist; places are ordinary geography so the recognizers meet realistic text.
/// </summary>
public static class Vocabulary
{
    /// <summary>Given names, a few with accents so folding is exercised.</summary>
    public static readonly string[] GivenNames =
    [
        "Marta", "Tobias", "Ilona", "Desmond", "Renata", "Oskar", "Priya", "Lucian", "Henrietta", "Bruno",
        "Signe", "Casimir", "Adaeze", "Emil", "Rosalind", "Teodor", "Wilhelmina", "Anselm", "Greta", "Florian",
        "Zoltán", "Renée", "Mirela", "Jonah", "Beatrix", "Leopold", "Agnieszka", "Rafael", "Solveig", "Cormac",
    ];

    /// <summary>Family names long enough that one edit leaves them recognisable.</summary>
    public static readonly string[] FamilyNames =
    [
        "Varga", "Lindqvist", "Okonkwo", "Brannigan", "Haverford", "Kowalczyk", "Delacroix", "Marchetti", "Tennant", "Oyelaran",
        "Pemberton", "Vasquez", "Holmgren", "Achterberg", "Castellano", "Novotny", "Wetherby", "Radcliffe", "Szabados", "Fairbanks",
        "Molnarova", "Ellingsen", "Quintero", "Abernathy", "Ferreira", "Dunmore", "Kallistrat", "Ostrowski", "Blackwood", "Iversen",
    ];

    /// <summary>Invented outlets.</summary>
    public static readonly string[] Outlets =
    [
        "The Harbour Ledger", "Northgate Daily", "Evening Courier", "The Lantern Post", "Riverside Tribune",
        "Capital Wire", "The Meridian Herald", "Coastline Gazette", "Daily Sentinel Online", "The Civic Record",
        "Plainfield Observer", "Summit News Service", "The Granary Journal", "Metro Bulletin", "Westmarch Chronicle",
    ];

    /// <summary>Cities for meetings and datelines.</summary>
    public static readonly string[] Cities =
    [
        "Cleveland", "Denver", "Philadelphia", "Tampa", "Milwaukee", "Portland", "Sacramento", "Baltimore",
        "Richmond", "Omaha", "Tucson", "Albany", "Louisville", "Pittsburgh", "Raleigh", "Boise",
    ];

    /// <summary>Countries whose envoy features in a story.</summary>
    public static readonly string[] Countries =
    [
        "Norway", "Brazil", "Poland", "Kenya", "Portugal", "Chile", "Austria", "Indonesia", "Canada", "Ghana", "Finland", "Peru",
    ];

    /// <summary>Regions for affiliations ("a lawmaker from Oregon").</summary>
    public static readonly string[] Regions =
    [
        "Oregon", "Vermont", "Nevada", "Iowa", "Maine", "Utah", "Kansas", "Delaware", "Montana", "Georgia",
    ];

    /// <summary>Offices with a near-miss alternative a careless outlet might print (the role-title discrepancy).</summary>
    public static readonly (string Common, string Odd)[] Offices =
    [
        ("Transport Secretary", "Deputy Transport Secretary"),
        ("Energy Secretary", "Acting Energy Secretary"),
        ("Commerce Secretary", "Former Commerce Secretary"),
        ("Housing Secretary", "Assistant Housing Secretary"),
        ("Labor Secretary", "Deputy Labor Secretary"),
    ];

    /// <summary>What the story is about: the public matter the envoy's country had an interest in.</summary>
    public static readonly string[] Matters =
    [
        "the port expansion contract", "the pipeline licence", "the rail procurement tender", "the satellite launch deal",
        "the fisheries agreement", "the grain export permit",
    ];

    /// <summary>Parties for critics.</summary>
    public static readonly string[] Parties = ["Democratic", "Republican", "independent"];

    /// <summary>Weekday names, Monday first, culture-free.</summary>
    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Month names, culture-free.</summary>
    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Site chrome that a scraper keeps above an article.</summary>
    public static readonly string[] TopChrome =
    [
        "Skip to main content", "Menu", "Sign in", "Subscribe now", "Search", "Newsletters", "Latest headlines", "Home | Politics | Nation",
    ];

    /// <summary>Site chrome below an article.</summary>
    public static readonly string[] BottomChrome =
    [
        "Share this story", "Related coverage", "Most read", "Advertisement", "Follow us on social media",
        "Sign up for our morning briefing", "Comments are closed for this article", "Read more from our politics desk",
    ];

    /// <summary>Background sentences with {P} (protagonist surname), {M} (matter), {N} (a small number), {C} (a city).</summary>
    public static readonly string[] Background =
    [
        "The department under {P} has been reviewing {M} for more than a year, and critics say the process lacked openness.",
        "Officials familiar with the file said {M} was worth several hundred million dollars to the winning bidder.",
        "A review panel in {C} was due to publish its recommendations before the summer recess.",
        "{P} has previously described the review as routine and said the final decision rested with career staff.",
        "Opposition members have asked for the calendars of senior officials covering the past {N} months.",
        "Ethics rules require cabinet members to log contacts with foreign officials that touch on pending decisions.",
        "Watchdog groups noted that the guidance on disclosure was last updated {N} years ago.",
        "Several business groups in {C} had lobbied for a quick decision on {M}.",
        "The committee chair said staff would examine whether any written answers needed to be corrected.",
        "Former officials said meetings with ambassadors are common but are usually recorded in detail.",
        "Shares of two firms bidding for {M} moved sharply after the report appeared.",
        "A spokesperson for the embassy did not respond to several requests for comment.",
    ];
}
