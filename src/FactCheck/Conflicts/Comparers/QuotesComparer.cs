using FactCheck.Rules;

namespace FactCheck.Conflicts;

/// <summary>
/// <c>quotes</c>: the same speaker's words worded differently across outlets (sub-rule <c>quote-wording</c>) and the
/// same words credited to different speakers (sub-rule <c>quote-attribution</c>); see <see cref="QuoteRules.Detect"/>.
/// </summary>
internal sealed class QuotesComparer : IConflictComparer
{
    /// <summary>Sub-rule: one speaker's quote worded differently.</summary>
    public const string Wording = "quote-wording";

    /// <summary>Sub-rule: the same words credited to different speakers.</summary>
    public const string Attribution = "quote-attribution";

    public string Name => "quotes";

    public IReadOnlyList<string> Triggers => [];

    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("\"We never signed any secret agreement with the port board,\" Viktor Sorel said. || \"We never signed an secret agreement with the port board,\" Viktor Sorel said on Tuesday.", true, Wording),
        new("\"We never signed any secret agreement with the port board, and we never will,\" Viktor Sorel said. || \"We never signed any secret agreement with the port board,\" Viktor Sorel said.", false, Wording),
        new("\"This is a political stunt dreamed up by the opposition benches,\" said Mara Quist. || \"This is a political stunt dreamed up by the opposition benches,\" said Karl Moss.", true, Attribution),
        new("\"This is a political stunt dreamed up by the opposition benches,\" said Mara Quist. || \"This is a political stunt dreamed up by the opposition benches,\" Mara Quist said.", false, Attribution),
    ];

    public void Compare(DetectionScope scope, CancellationToken cancellationToken) => QuoteRules.Detect(scope, cancellationToken);
}
