namespace FactCheck.Claims;

/// <summary>The names of claim argument roles (<see cref="ClaimArgument.Role"/>), one constant each instead of strings scattered over the stages.</summary>
public static class ArgumentRoles
{
    /// <summary>Who acts: the speaker of a statement, the person making a demand, the holder of a role.</summary>
    public const string Agent = "agent";

    /// <summary>Who undergoes: the addressee of a demand, the person who left a post.</summary>
    public const string Patient = "patient";

    /// <summary>A party to a contact (a meeting, a call).</summary>
    public const string Participant = "participant";

    /// <summary>An entity an event or generic claim is about.</summary>
    public const string Entity = "entity";

    /// <summary>When: a TIMEX3 value.</summary>
    public const string Time = "time";

    /// <summary>Where.</summary>
    public const string Place = "place";

    /// <summary>A figure: its normalized number.</summary>
    public const string Quantity = "quantity";

    /// <summary>What a figure counts ("people", "votes").</summary>
    public const string Unit = "unit";

    /// <summary>A figure's bound ("lower" for "at least").</summary>
    public const string Bound = "bound";

    /// <summary>A figure's scope (part of a whole, a total).</summary>
    public const string Scope = "scope";

    /// <summary>How many times a contact happened ("once", "twice").</summary>
    public const string Count = "count";

    /// <summary>How someone left a post (a characterization class).</summary>
    public const string Manner = "manner";

    /// <summary>What kind of event it was (a characterization class).</summary>
    public const string Class = "class";

    /// <summary>The event's predicate (its normalized verb or noun).</summary>
    public const string Predicate = "predicate";

    /// <summary>What was demanded (resign, recuse, …).</summary>
    public const string Demand = "demand";

    /// <summary>A title or role held.</summary>
    public const string Role = "role";

    /// <summary>What was said.</summary>
    public const string Content = "content";
}
