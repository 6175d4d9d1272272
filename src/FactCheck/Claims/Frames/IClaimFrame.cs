using System.Collections.Frozen;
using FactCheck.Languages;
using FactCheck.Rules;

namespace FactCheck.Claims;

/// <summary>
/// A claim frame as one definition: its name (the value of <see cref="Claim.Frame"/> and of an aligned fact's
/// <c>rule</c>), the words that can start it, the argument roles its claims carry, which arguments name the entities
/// a claim is about (used by alignment to block and pair claims, and by the conflict comparers to name who a finding
/// is about), and its own examples. Implementations must be immutable and thread-safe.
/// </summary>
/// <remarks>
/// An example of a frame is one sentence: a positive example must yield a claim of the frame, a negative one must not.
/// </remarks>
public interface IClaimFrame : IRule
{
    /// <summary>The argument roles (<see cref="ArgumentRoles"/>) claims of this frame carry.</summary>
    IReadOnlyList<string> Roles { get; }

    /// <summary>The ids of the entities <paramref name="claim"/> is about, distinct and sorted.</summary>
    /// <param name="claim">A claim of this frame.</param>
    /// <returns>The key entity ids.</returns>
    IReadOnlyList<string> KeyEntities(Claim claim);
}

/// <summary>
/// A frame defined by data: its trigger word list, its roles, and the roles that name its key entities (with
/// fallback roles used when a claim has no argument of the key roles).
/// </summary>
public class ClaimFrame : IClaimFrame
{
    private readonly Lazy<IReadOnlyList<string>> _triggers;
    private readonly FrozenSet<string> _keyRoles;
    private readonly FrozenSet<string> _fallbackRoles;

    /// <summary>Creates the frame.</summary>
    /// <param name="name">The frame's name (kebab-case).</param>
    /// <param name="triggerList">The language-pack list whose entries (keys, for <c>key = value</c> lists) start the frame; null when no word does.</param>
    /// <param name="roles">The argument roles its claims carry.</param>
    /// <param name="keyRoles">The roles whose entities a claim is about.</param>
    /// <param name="fallbackRoles">Roles used instead when a claim has no argument of <paramref name="keyRoles"/>.</param>
    /// <param name="examples">Its own positive and negative examples.</param>
    public ClaimFrame(string name, string? triggerList, IReadOnlyList<string> roles, IReadOnlyList<string> keyRoles, IReadOnlyList<string> fallbackRoles, IReadOnlyList<RuleExample> examples)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(keyRoles);
        ArgumentNullException.ThrowIfNull(fallbackRoles);
        ArgumentNullException.ThrowIfNull(examples);
        Name = name;
        TriggerList = triggerList;
        Roles = roles;
        Examples = examples;
        _keyRoles = keyRoles.ToFrozenSet(StringComparer.Ordinal);
        _fallbackRoles = fallbackRoles.ToFrozenSet(StringComparer.Ordinal);
        _triggers = new(() => triggerList is null ? [] : ReadTriggers(triggerList));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The language-pack list the triggers come from, or null.</summary>
    public string? TriggerList { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Triggers => _triggers.Value;

    /// <inheritdoc />
    public IReadOnlyList<string> Roles { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleExample> Examples { get; }

    /// <inheritdoc />
    public virtual IReadOnlyList<string> KeyEntities(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var roles = _fallbackRoles.Count > 0 && !claim.Arguments.Any(a => _keyRoles.Contains(a.Role)) ? _fallbackRoles : _keyRoles;
        return claim.Arguments.Where(a => roles.Contains(a.Role) && a.EntityId is not null)
            .Select(a => a.EntityId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    private static string[] ReadTriggers(string list) =>
        [.. LanguagePack.English.Entries(list)
            .Select(e => e.IndexOfAny(['=', '\t']) is var i and > 0 ? e[..i] : e)
            .Select(e => e.Trim().ToLowerInvariant())
            .Where(e => e.Length > 0)
            .Distinct(StringComparer.Ordinal)];
}

/// <summary>The registry of claim frames, and the lookups alignment and conflict comparison share.</summary>
public static class ClaimFrames
{
    private static readonly RuleList<IClaimFrame> Defaults = CreateDefault();
    private static readonly FrozenDictionary<string, IClaimFrame> ByName = Defaults.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The frame of claims whose frame is not registered: about any entity it names.</summary>
    private static readonly IClaimFrame Unknown = new ClaimFrame("unknown", null, [], [ArgumentRoles.Entity, ArgumentRoles.Participant, ArgumentRoles.Agent, ArgumentRoles.Patient], [], []);

    /// <summary>A new list of the default frames. Register a new frame with one line here.</summary>
    /// <returns>A list the caller may change.</returns>
    public static RuleList<IClaimFrame> CreateDefault() =>
    [
        new ClaimFrame("contact", "contact", [ArgumentRoles.Participant, ArgumentRoles.Count, ArgumentRoles.Time, ArgumentRoles.Place], [ArgumentRoles.Participant], [],
        [
            new("Ines Calder met Viktor Sorel in April.", true),
            new("Ines Calder praised the harbor in April.", false),
        ]),
        new ClaimFrame("demand", "demand-cues", [ArgumentRoles.Agent, ArgumentRoles.Patient, ArgumentRoles.Demand], [ArgumentRoles.Agent], [ArgumentRoles.Patient],
        [
            new("Senator Ruth Oyelaran called on Ines Calder to resign.", true),
            new("Senator Ruth Oyelaran toured the docks with Ines Calder.", false),
        ]),
        new ClaimFrame("departure", "departure", [ArgumentRoles.Patient, ArgumentRoles.Manner, ArgumentRoles.Time], [ArgumentRoles.Patient], [],
        [
            new("Deputy director Karl Moss resigned on Monday.", true),
            new("Deputy director Karl Moss spoke on Monday.", false),
        ]),
        new ClaimFrame("statement", "speech-verbs", [ArgumentRoles.Agent, ArgumentRoles.Content], [ArgumentRoles.Agent], [],
        [
            new("\"We never signed any secret agreement with the port board,\" Viktor Sorel said.", true),
            new("Viktor Sorel signed an agreement with the port board.", false),
        ]),
        new ClaimFrame("quantity", null, [ArgumentRoles.Quantity, ArgumentRoles.Unit, ArgumentRoles.Bound, ArgumentRoles.Scope, ArgumentRoles.Entity], [ArgumentRoles.Entity, ArgumentRoles.Participant, ArgumentRoles.Agent, ArgumentRoles.Patient], [],
        [
            new("At least 40 people died in the ferry fire near the Harbor Authority docks.", true),
            new("People died in the ferry fire near the Harbor Authority docks.", false),
        ]),
        new ClaimFrame("event", "event-verbs", [ArgumentRoles.Predicate, ArgumentRoles.Class, ArgumentRoles.Time, ArgumentRoles.Place, ArgumentRoles.Entity], [ArgumentRoles.Entity, ArgumentRoles.Participant, ArgumentRoles.Agent, ArgumentRoles.Patient], [],
        [
            new("The Harbor Authority approved the sale of the pier on Monday.", true),
            new("The Harbor Authority is a public body.", false),
        ]),
        new ClaimFrame("role", "role-nouns", [ArgumentRoles.Agent, ArgumentRoles.Role], [ArgumentRoles.Agent], [],
        [
            new("Harbor Authority spokeswoman Mara Quist said the tender was fair.", true),
            new("The tender was fair.", false),
        ]),
        new ClaimFrame("generic", null, [ArgumentRoles.Entity, ArgumentRoles.Time], [ArgumentRoles.Entity, ArgumentRoles.Participant, ArgumentRoles.Agent, ArgumentRoles.Patient], [],
        [
            new("The Harbor Authority will sell the old pier to a shipping firm next spring.", true),
            new("Yes.", false),
        ]),
    ];

    /// <summary>The default frame of that name, or null.</summary>
    /// <param name="name">A frame name (<see cref="Claim.Frame"/>).</param>
    /// <returns>The frame, or null when none is registered under that name.</returns>
    public static IClaimFrame? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The ids of the entities a claim is about, as its frame defines them.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>Distinct, sorted entity ids.</returns>
    public static IReadOnlyList<string> KeyEntities(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return (Find(claim.Frame) ?? Unknown).KeyEntities(claim);
    }
}
