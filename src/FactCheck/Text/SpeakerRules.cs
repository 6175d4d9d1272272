using FactCheck.Rules;

namespace FactCheck.Text;

/// <summary>A named speaker or title pattern the quote and claim stages implement, with its own examples.</summary>
/// <param name="Name">The rule's name.</param>
/// <param name="Triggers">Words that start it (empty when no single word does).</param>
/// <param name="Examples">Inputs it reads and what it reads from them (a speaker's name, a title).</param>
internal sealed record NamedPattern(string Name, IReadOnlyList<string> Triggers, IReadOnlyList<RuleExample> Examples) : IRule;

/// <summary>
/// The speaker patterns of <see cref="QuoteExtractor"/> and the title patterns of the claim stage, named so that
/// fixtures and reports can cite them. The patterns themselves are code paths of those stages (see
/// docs/accuracy-people.md); this catalog names them and holds their examples.
/// </summary>
internal static class SpeakerRules
{
    /// <summary>Speaker patterns.</summary>
    public static IReadOnlyList<NamedPattern> Speakers { get; } =
    [
        new("speaker-after-quote", ["said", "says", "told", "added"], [new("\"It is done,\" Ada Roe said.", true, "Ada Roe")]),
        new("speaker-before-quote", ["said", "says"], [new("Ada Roe said: \"It is done.\"", true, "Ada Roe")]),
        new("speaker-org-statement", ["statement"], [new("\"It is done,\" the Pilots Association said in a statement.", true, "Pilots Association")]),
        new("speaker-abbreviated-org", ["assn.", "inc.", "corp.", "co."], [new("\"It is done,\" the Pilots Assn. said.", true, "Pilots Assn")]),
        new("speaker-according-to", ["according"], [new("\"It is done,\" according to Ada Roe.", true, "Ada Roe")]),
        new("speaker-spokesman-for", ["spokesman", "spokeswoman", "spokesperson"], [new("\"No comment,\" a spokesman for the ministry said.", true, "anon")]),
        new("speaker-unnamed-official", ["official", "officials"], [new("\"No comment,\" a senior official said.", true, "anon")]),
        new("speaker-pronoun-chain", ["he", "she", "they"], [new("Ada Roe arrived. \"It is done,\" she said.", true, "Ada Roe")]),
        new("speaker-continued-quote", [], [new("\"It is done,\" said Ada Roe. \"We are glad.\"", true, "Ada Roe")]),
        new("speaker-after-scare-quote", [], [new("Ann Lee called it a \"win\". Then Ada Roe spoke. \"It is done,\" she said.", true, "Ada Roe")]),
    ];

    /// <summary>Title patterns.</summary>
    public static IReadOnlyList<NamedPattern> Titles { get; } =
    [
        new("title-before-name", [], [new("Fire Chief Ada Roe spoke.", true, "Fire Chief")]),
        new("title-apposition-after", [], [new("Ada Roe, the county clerk, spoke.", true, "the county clerk")]),
        new("title-compound", ["and"], [new("Acme president and CEO Ada Roe spoke.", true, "president and CEO")]),
        new("title-qualifier", ["former", "acting", "interim", "deputy"], [new("Former Ambassador Ada Roe spoke.", true, "Former Ambassador")]),
    ];
}
