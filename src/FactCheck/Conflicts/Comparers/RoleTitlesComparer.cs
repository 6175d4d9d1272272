using FactCheck.Rules;

namespace FactCheck.Conflicts;

/// <summary>
/// <c>role-titles</c>: one person given titles with the same head but different qualifiers across outlets; sub-rule
/// <c>role-titles-same-owner</c>: titles with different heads for one person at one organization. See
/// <see cref="CoverageRules.RoleTitles"/>.
/// </summary>
internal sealed class RoleTitlesComparer : IConflictComparer
{
    /// <summary>Sub-rule: different heads for one post at one organization.</summary>
    public const string SameOwner = "role-titles-same-owner";

    public string Name => "role-titles";

    public IReadOnlyList<string> Triggers => [];

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("Harbor Authority spokeswoman Mara Quist said the tender was fair. || A spokeswoman for Ines Calder, Mara Quist, said the tender was fair.", true),
        new("Harbor Authority director Ines Calder defended the tender. || Ines Calder, a former senator, defended the tender.", false),
    ];

    public void Compare(DetectionScope scope, CancellationToken cancellationToken) => CoverageRules.RoleTitles(scope);
}
