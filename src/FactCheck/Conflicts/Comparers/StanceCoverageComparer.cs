using FactCheck.Rules;

namespace FactCheck.Conflicts;

/// <summary>
/// <c>stance-coverage</c>: outlets that report different demands from the same person; sub-rule
/// <c>stance-coverage-silent</c>: an outlet that mentions the person but reports none of the demands others report.
/// Reads the stance matrix (<see cref="DetectionScope.Stances"/>); see <see cref="CoverageRules.StanceCoverage"/>.
/// </summary>
internal sealed class StanceCoverageComparer : IConflictComparer
{
    /// <summary>Sub-rule: a document mentions the person but reports no demand.</summary>
    public const string Silent = "stance-coverage-silent";

    public string Name => "stance-coverage";

    public IReadOnlyList<string> Triggers => [];

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("Senator Ruth Oyelaran called on Ines Calder to resign. || Senator Ruth Oyelaran said Ines Calder should recuse herself from the tender review.", true),
        new("Senator Ruth Oyelaran called on Ines Calder to resign. || Senator Ruth Oyelaran toured the docks with Ines Calder on Friday.", true, Silent),
        new("Senator Ruth Oyelaran called on Ines Calder to resign. || Senator Ruth Oyelaran demanded the resignation of Ines Calder on Thursday.", false),
    ];

    public void Compare(DetectionScope scope, CancellationToken cancellationToken) => CoverageRules.StanceCoverage(scope, scope.Stances);
}
