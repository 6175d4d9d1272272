namespace FactCheck.Rules;

/// <summary>
/// A named piece of the checker's grammar or judgement (a time pattern, an entity-typing step, a claim frame, an
/// alignment scorer, a conflict comparer). Rules are data-like: a stable name that findings cite, the words that
/// can start the rule, and the rule's own positive and negative examples, which table-driven tests run.
/// </summary>
public interface IRule
{
    /// <summary>Stable, kebab-case name, unique within its stage (for example <c>number-same-unit</c>); findings cite it.</summary>
    string Name { get; }

    /// <summary>Words (folded to lower case) that can start the rule; empty when the rule is not triggered by a word.</summary>
    IReadOnlyList<string> Triggers { get; }

    /// <summary>The rule's own examples: inputs it must fire on and inputs it must leave alone.</summary>
    IReadOnlyList<RuleExample> Examples { get; }
}

/// <summary>One example of a rule, kept beside the rule and run by the tests.</summary>
/// <param name="Text">The input (a phrase, a sentence, or two sentences separated by <c>||</c> for pair rules).</param>
/// <param name="Fires">Whether the rule must fire on it (a positive example) or must not (a negative one).</param>
/// <param name="Expected">What the rule should produce, when it fires and the production is checkable (for example a normalized value).</param>
public sealed record RuleExample(string Text, bool Fires, string? Expected = null);
