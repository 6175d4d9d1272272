namespace FactCheck.Claims;

/// <summary>
/// Renders a normalized demand value (<c>resign</c>, <c>recuse</c>, <c>special-counsel</c>...) as an English noun
/// phrase for summaries. The values themselves stay the report's contract; only the prose changes.
/// </summary>
internal static class DemandWording
{
    /// <summary>
    /// "Jane Roe's resignation", "an independent commission": what was called for, with the person it is
    /// addressed to when the demand is something that person would do.
    /// </summary>
    /// <param name="demand">The normalized demand value.</param>
    /// <param name="addressee">The person the demand is addressed to, or null.</param>
    public static string Phrase(string demand, string? addressee = null)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var personal = PersonalNoun(demand);
        if (personal is not null)
        {
            return addressee is null ? WithArticle(personal) : Possessive(addressee) + " " + personal;
        }

        var noun = demand switch
        {
            "special-counsel" => "a special counsel",
            "independent-commission" => "an independent commission",
            "investigation" => "an investigation",
            "ceasefire" => "a ceasefire",
            "strike" => "a strike",
            _ when demand.Contains(' ', StringComparison.Ordinal) => "\u201c" + demand + "\u201d",
            _ => demand.Replace('-', ' '),
        };
        return addressee is null ? noun : noun + " concerning " + addressee;
    }

    /// <summary>"the resignation and the recusal" style list: several demands with one addressee named once.</summary>
    /// <param name="demands">Normalized demand values, in display order.</param>
    /// <param name="addressee">The person the demands are addressed to, or null.</param>
    public static string List(IReadOnlyList<string> demands, string? addressee = null)
    {
        ArgumentNullException.ThrowIfNull(demands);
        var personal = demands.Select(PersonalNoun).Where(n => n is not null).Select(n => n!).ToList();
        var parts = new List<string>();
        if (personal.Count > 0)
        {
            parts.Add(addressee is null ? Join([.. personal.Select(WithArticle)]) : Possessive(addressee) + " " + Join(personal));
        }

        parts.AddRange(demands.Where(d => PersonalNoun(d) is null).Select(d => Phrase(d, addressee)));
        // "X's recusal and resignation, and an inquiry": a comma keeps the inner "and" from running on.
        return parts.Count == 2 && parts[0].Contains(" and ", StringComparison.Ordinal) ? parts[0] + ", and " + parts[1] : Join(parts);
    }

    /// <summary>The noun for a demand that the addressee would carry out ("resignation"), or null.</summary>
    private static string? PersonalNoun(string demand) => demand switch
    {
        "resign" => "resignation",
        "recuse" => "recusal",
        "impeachment" => "impeachment",
        "testify" => "testimony",
        "apologize" => "apology",
        "release" => "release",
        _ => null,
    };

    /// <summary>"a resignation", "an apology"; mass nouns ("impeachment", "testimony") stay bare.</summary>
    private static string WithArticle(string noun) => noun switch
    {
        "impeachment" or "testimony" => noun,
        "apology" => "an apology",
        _ => "a " + noun,
    };

    private static string Possessive(string name) =>
        name.EndsWith('s') ? name + "'" : name + "'s";

    private static string Join(List<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
