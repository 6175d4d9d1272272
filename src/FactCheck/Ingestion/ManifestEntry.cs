using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Ingestion;

/// <summary>One entry of a JSON manifest.</summary>
internal sealed record ManifestEntry(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("path")] string? Path);

/// <summary>Source-generated (trimming- and AOT-safe) serializer for manifests.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(List<ManifestEntry?>))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
