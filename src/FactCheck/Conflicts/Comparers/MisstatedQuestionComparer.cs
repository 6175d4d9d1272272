using FactCheck.Rules;

namespace FactCheck.Conflicts;

/// <summary>
/// <c>misstated-question</c>: "X asked if/whether P" next to a direct question by X that is conditional and open
/// ("If …, what will you do?") misstates the question; see <see cref="QuoteRules.Paraphrases"/>.
/// </summary>
internal sealed class MisstatedQuestionComparer : IConflictComparer
{
    public string Name => "misstated-question";

    public IReadOnlyList<string> Triggers => [];

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("At the hearing, Ruth Oyelaran asked if Ines Calder had personally met Viktor Sorel during the bidding. \"If any board member turns out to have met a bidder during the tender, what will you do?\" Oyelaran asked. Calder said she knew of no such meeting. || Ines Calder spoke at the hearing on Friday.", true),
        new("At the hearing, Ruth Oyelaran asked whether Ines Calder had met Viktor Sorel during the bidding. \"Did you meet Viktor Sorel at any point during the tender?\" Oyelaran asked. || Ines Calder spoke at the hearing on Friday.", false),
    ];

    public void Compare(DetectionScope scope, CancellationToken cancellationToken) => QuoteRules.Paraphrases(scope);
}
