namespace FactCheck.Rules;

/// <summary>
/// An ordered list of rules of one kind that a builder holds: rules run in list order, a user adds a rule or removes
/// one by name. Names are unique within a list.
/// </summary>
/// <typeparam name="TRule">The kind of rule.</typeparam>
public sealed class RuleList<TRule> : IReadOnlyList<TRule>
    where TRule : IRule
{
    private readonly List<TRule> _rules = [];

    /// <summary>Creates an empty list.</summary>
    public RuleList()
    {
    }

    /// <summary>Creates a list holding <paramref name="rules"/> in order.</summary>
    /// <param name="rules">The rules; names must be unique.</param>
    public RuleList(IEnumerable<TRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var r in rules)
        {
            Add(r);
        }
    }

    /// <inheritdoc />
    public int Count => _rules.Count;

    /// <inheritdoc />
    public TRule this[int index] => _rules[index];

    /// <summary>Appends a rule.</summary>
    /// <param name="rule">The rule; its name must not be in the list yet.</param>
    /// <returns>This list, for chaining.</returns>
    /// <exception cref="ArgumentException">A rule of that name is already in the list.</exception>
    public RuleList<TRule> Add(TRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (string.IsNullOrWhiteSpace(rule.Name))
        {
            throw new ArgumentException("A rule needs a non-empty name.", nameof(rule));
        }

        if (IndexOf(rule.Name) >= 0)
        {
            throw new ArgumentException($"A rule named '{rule.Name}' is already registered.", nameof(rule));
        }

        _rules.Add(rule);
        return this;
    }

    /// <summary>Removes the rule of that name.</summary>
    /// <param name="name">The rule's name.</param>
    /// <returns>Whether a rule was removed.</returns>
    public bool Remove(string name)
    {
        var i = IndexOf(name);
        if (i < 0)
        {
            return false;
        }

        _rules.RemoveAt(i);
        return true;
    }

    /// <summary>The position of the rule of that name, or -1.</summary>
    /// <param name="name">The rule's name.</param>
    /// <returns>Its index, or -1 when absent.</returns>
    public int IndexOf(string name) => _rules.FindIndex(r => string.Equals(r.Name, name, StringComparison.Ordinal));

    /// <inheritdoc />
    public IEnumerator<TRule> GetEnumerator() => _rules.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
