using FactCheck.Alignment;
using FactCheck.Rules;

namespace FactCheck.Conflicts;

/// <summary>
/// A named conflict rule: compares what the documents say and adds findings to the <see cref="DetectionScope"/>.
/// The conflict detector runs an ordered <see cref="RuleList{TRule}"/> of comparers (see
/// <see cref="FactCheckerBuilder.Comparers"/>); each finding a comparer adds cites the comparer's
/// <see cref="IRule.Name"/> (or a finer sub-rule name the comparer passes). Implementations must be stateless and
/// thread-safe: one instance serves every check.
/// </summary>
/// <remarks>
/// <see cref="IRule.Examples"/> of a comparer are pairs of documents written <c>"text of a || text of b"</c>: a
/// positive example must produce a finding citing <see cref="RuleExample.Expected"/> (or the comparer's name when
/// that is null), a negative one must not.
/// </remarks>
public interface IConflictComparer : IRule
{
    /// <summary>Compares the documents in <paramref name="scope"/> and adds findings to it.</summary>
    /// <param name="scope">The stage's input, names and findings so far.</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    void Compare(DetectionScope scope, CancellationToken cancellationToken);
}

/// <summary>
/// A comparer of aligned facts: runs once per fact stated by at least two documents whose frame is one of the
/// comparer's <see cref="Triggers"/> (the frame names it applies to).
/// </summary>
public abstract class FactComparer : IConflictComparer
{
    /// <summary>Creates the comparer.</summary>
    /// <param name="name">Its stable name.</param>
    /// <param name="frames">The claim frames whose facts it compares.</param>
    /// <param name="examples">Its own positive and negative examples.</param>
    protected FactComparer(string name, IReadOnlyList<string> frames, IReadOnlyList<RuleExample> examples)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(examples);
        Name = name;
        Triggers = frames;
        Examples = examples;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The claim frames whose facts this comparer compares.</summary>
    public IReadOnlyList<string> Triggers { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleExample> Examples { get; }

    /// <summary>Whether the comparer looks at <paramref name="fact"/>: stated by two documents or more, in one of its frames.</summary>
    /// <param name="fact">An aligned fact.</param>
    /// <returns>Whether to compare it.</returns>
    public virtual bool AppliesTo(AlignedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.StatedIn.Count >= 2 && Triggers.Contains(fact.Frame, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public void Compare(DetectionScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var fact in scope.Context.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (AppliesTo(fact))
            {
                Compare(scope, fact);
            }
        }
    }

    /// <summary>Compares the claims of one fact.</summary>
    /// <param name="scope">Names, evidence and the findings so far.</param>
    /// <param name="fact">The fact, stated by two documents or more.</param>
    protected abstract void Compare(DetectionScope scope, AlignedFact fact);
}

/// <summary>The registry of the conflict comparers the checker runs by default, in order.</summary>
public static class ConflictComparers
{
    /// <summary>A new list of the default comparers, in the order they run. Register a new comparer with one line here.</summary>
    /// <returns>A list the caller may change.</returns>
    public static RuleList<IConflictComparer> CreateDefault() =>
    [
        new EventCountingComparer(),
        new NumbersComparer(),
        new CharacterizationComparer("departure-manner", "departure", "manner"),
        new EventDatesComparer(),
        new CharacterizationComparer("event-class", "event", "class"),
        new QuotesComparer(),
        new MisstatedQuestionComparer(),
        new RoleTitlesComparer(),
        new StanceCoverageComparer(),
    ];
}
