using System.Text;
using FactCheck.Alignment;
using FluentAssertions;
using FuzzySharp;
using NUnit.Framework;

namespace FactCheck.Tests.Alignment;

public class PartialRatioBoundTests
{
    private static readonly string[] Vocabulary =
    [
        "the", "council", "voted", "against", "plan", "mayor", "said", "would", "not", "resign", "harbor", "bridge",
        "closed", "after", "storm", "we", "are", "looking", "into", "it", "caf\u00E9", "na\u00EFve", "\u00FCber", "road",
    ];

    [Test]
    public void CannotReach_NeverRulesOutAPairFuzzySharpScoresAtTheThreshold_OnRandomWordStrings()
    {
        var rng = new Random(7);
        var ruledOut = 0;
        for (var i = 0; i < 3000; i++)
        {
            var a = Words(rng, rng.Next(1, 30));

            // Half the pairs are edits of each other, so that many land near the threshold.
            var b = rng.Next(2) == 0 ? Words(rng, rng.Next(1, 30)) : Mutate(rng, a);
            var threshold = rng.Next(50, 96);
            var actual = Fuzz.PartialRatio(a, b);
            if (PartialRatioBound.CannotReach(a, b, threshold))
            {
                ruledOut++;
                actual.Should().BeLessThan(threshold, $"the bound ruled out \"{a}\" vs \"{b}\" at {threshold}");
            }
        }

        // The bound must also be useful: most unrelated pairs are ruled out without FuzzySharp.
        ruledOut.Should().BeGreaterThan(600);
    }

    [Test]
    public void CannotReach_IsFalse_WhenOneStringContainsTheOther()
    {
        var inner = "the bridge closed after the storm";
        var outer = "officials said on monday that " + inner + " and would stay shut for a week or longer";

        PartialRatioBound.CannotReach(inner, outer, 80).Should().BeFalse();
        PartialRatioBound.CannotReach(outer, inner, 100).Should().BeFalse();
    }

    [Test]
    public void CannotReach_IsTrue_ForUnrelatedStatementsLongerThanOneMachineWord()
    {
        var a = "we will rebuild the harbor wall before the winter storms arrive and we have the money for it";
        var b = "nobody on the council has seen the audit and the mayor refuses to release any part of the report";

        a.Length.Should().BeGreaterThan(64);
        Fuzz.PartialRatio(a, b).Should().BeLessThan(80);
        PartialRatioBound.CannotReach(a, b, 80).Should().BeTrue();
    }

    [Test]
    public void CannotReach_MatchesFuzzySharpOnEmptyStrings()
    {
        Fuzz.PartialRatio(string.Empty, "text").Should().Be(0);
        PartialRatioBound.CannotReach(string.Empty, "text", 80).Should().BeTrue();
        PartialRatioBound.CannotReach("text", string.Empty, 0).Should().BeFalse();
    }

    private static string Words(Random rng, int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(i == 0 ? string.Empty : " ").Append(Vocabulary[rng.Next(Vocabulary.Length)]);
        }

        return sb.ToString();
    }

    private static string Mutate(Random rng, string text)
    {
        var chars = new StringBuilder(text);
        for (var edits = rng.Next(0, 8); edits > 0 && chars.Length > 1; edits--)
        {
            var at = rng.Next(chars.Length);
            switch (rng.Next(3))
            {
                case 0: chars.Remove(at, 1); break;
                case 1: chars.Insert(at, (char)('a' + rng.Next(26))); break;
                default: chars[at] = (char)('a' + rng.Next(26)); break;
            }
        }

        // Sometimes the edited text is embedded in more words, as a quote inside a longer one.
        return rng.Next(3) == 0 ? Words(rng, rng.Next(1, 10)) + " " + chars + " " + Words(rng, rng.Next(1, 10)) : chars.ToString();
    }
}
