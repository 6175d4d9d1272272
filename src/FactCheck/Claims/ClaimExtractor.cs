using FactCheck.Entities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Claims;

/// <summary>Default <see cref="IClaimExtractor"/>. PLACEHOLDER: the real implementation is still to be written.</summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    public ClaimExtractor(ILogger<ClaimExtractor>? logger = null)
    {
        _logger = logger ?? NullLogger<ClaimExtractor>.Instance;
    }

    /// <inheritdoc />
    public IReadOnlyList<Claim> Extract(AnalyzedDocument document, EntityResolution entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [];
    }
}
