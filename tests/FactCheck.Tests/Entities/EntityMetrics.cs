using System.Globalization;
using FactCheck.Entities;
using FactCheck.Ingestion;

namespace FactCheck.Tests.Entities;

/// <summary>A labelled entity: its type ("person", "organization", "place", "other" or "ignore"), names and misspellings.</summary>
internal sealed record GoldEntity(string Type, string Canonical, IReadOnlyList<string> Names, IReadOnlyList<string> Misspellings);

/// <summary>Precision and recall of one entity type.</summary>
internal sealed record TypeScore(string Type, int Gold, int System, int Correct, int Found)
{
    public double Precision => System == 0 ? 1 : (double)Correct / System;

    public double Recall => Gold == 0 ? 1 : (double)Found / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Type}: P={Precision:0.000} R={Recall:0.000} F={F1:0.000} (gold {Gold}, system {System}, correct {Correct}, found {Found})");
}

/// <summary>Entity-level scores of one labelled set after recognition and resolution.</summary>
internal sealed record EntityScores(
    string Set,
    IReadOnlyList<TypeScore> Types,
    int Misspellings,
    int MisspellingsMerged,
    IReadOnlyList<string> FalseMerges,
    IReadOnlyList<string> Errors)
{
    public TypeScore Of(string type) => Types.Single(t => t.Type == type);
}

/// <summary>
/// Scores entities at the entity level after resolution: a system entity is correct when one of its spellings is a
/// name of a labelled entity of the same type not already claimed by another system entity (a split counts as a
/// false positive); a labelled entity is found when some system entity of its type carries one of its names.
/// Entities matching an "ignore" label are left out. A false merge is a system entity carrying names of two labelled entities.
/// </summary>
internal static class EntityMetrics
{
    private static readonly string[] Scored = ["person", "organization", "place"];

    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Entities");

    public static IReadOnlyList<GoldEntity> LoadGold(string path)
    {
        var result = new List<GoldEntity>();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cols = line.Split('\t');
            var names = new List<string> { cols[1] };
            var misspellings = new List<string>();
            if (cols.Length > 2)
            {
                foreach (var alias in cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (alias.StartsWith('!'))
                    {
                        misspellings.Add(alias[1..]);
                    }
                    else
                    {
                        names.Add(alias);
                    }
                }
            }

            result.Add(new GoldEntity(cols[0], cols[1], names, misspellings));
        }

        return result;
    }

    /// <summary>The documents of a fixture set folder (every .txt, ids are file names).</summary>
    public static IReadOnlyList<SourceDocument> LoadSet(string folder) =>
        Directory.GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(p => new SourceDocument(Path.GetFileNameWithoutExtension(p), File.ReadAllText(p)))
            .ToList();

    public static EntityScores Score(string set, IReadOnlyList<SourceDocument> sources, IReadOnlyList<GoldEntity> gold)
    {
        var docs = EntityTestSupport.Recognize(sources);
        var resolution = new EntityResolver().Resolve(docs);
        return Score(set, resolution, gold);
    }

    public static EntityScores Score(string set, EntityResolution resolution, IReadOnlyList<GoldEntity> gold)
    {
        var errors = new List<string>();
        var byName = new Dictionary<string, List<GoldEntity>>(StringComparer.Ordinal);
        foreach (var g in gold)
        {
            foreach (var n in g.Names.Concat(g.Misspellings))
            {
                var key = Key(n);
                if (!byName.TryGetValue(key, out var list))
                {
                    byName[key] = list = [];
                }

                list.Add(g);
            }
        }

        var falseMerges = new List<string>();
        var matched = new Dictionary<Entity, List<GoldEntity>>();
        foreach (var e in resolution.Entities)
        {
            var hits = e.Variants.Select(v => Key(v.Text)).Append(Key(e.Name))
                .SelectMany(k => byName.GetValueOrDefault(k) ?? [])
                .Distinct()
                .ToList();
            matched[e] = hits;
            var real = hits.Where(h => h.Type != "ignore").ToList();
            if (real.Count > 1)
            {
                falseMerges.Add($"{e.Id} = {string.Join(" + ", real.Select(h => h.Canonical))}");
            }
        }

        var types = new List<TypeScore>();
        foreach (var type in Scored)
        {
            var goldOfType = gold.Where(g => g.Type == type).ToList();
            var claimed = new HashSet<GoldEntity>();
            int system = 0, correct = 0;
            foreach (var e in resolution.Entities.Where(e => TypeName(e.Type) == type))
            {
                var hits = matched[e];
                if (hits.Count > 0 && hits.All(h => h.Type == "ignore"))
                {
                    continue;
                }

                system++;
                var hit = hits.FirstOrDefault(h => h.Type == type && !claimed.Contains(h));
                if (hit is not null)
                {
                    claimed.Add(hit);
                    correct++;
                }
                else
                {
                    errors.Add($"{set}: extra {type} '{e.Name}' ({e.Id})");
                }
            }

            foreach (var g in goldOfType.Where(g => !claimed.Contains(g)))
            {
                errors.Add($"{set}: missed {type} '{g.Canonical}'");
            }

            types.Add(new TypeScore(type, goldOfType.Count, system, correct, claimed.Count));
        }

        var misspellings = 0;
        var merged = 0;
        foreach (var g in gold)
        {
            foreach (var wrong in g.Misspellings)
            {
                misspellings++;
                var owner = resolution.Entities.FirstOrDefault(e => e.Variants.Any(v => Key(v.Text) == Key(wrong)));
                var ok = owner is not null
                    && owner.Variants.Any(v => Key(v.Text) == Key(wrong) && v.Misspelling)
                    && g.Names.Any(n => owner.Variants.Any(v => Key(v.Text) == Key(n)));
                if (ok)
                {
                    merged++;
                }
                else
                {
                    errors.Add($"{set}: misspelling '{wrong}' not merged into '{g.Canonical}'");
                }
            }
        }

        return new EntityScores(set, types, misspellings, merged, falseMerges, errors);
    }

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        _ => "other",
    };

    private static string Key(string name)
    {
        var folded = global::FactCheck.Text.TextFolding.Fold(name).Replace(".", "", StringComparison.Ordinal);
        if (folded.StartsWith("the ", StringComparison.Ordinal))
        {
            folded = folded[4..];
        }

        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
