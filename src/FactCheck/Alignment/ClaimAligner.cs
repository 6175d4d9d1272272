using FactCheck.Claims;
using FactCheck.Entities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Alignment;

/// <summary>Default <see cref="IClaimAligner"/>. PLACEHOLDER: the real implementation is still to be written.</summary>
public sealed class ClaimAligner : IClaimAligner
{
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    public ClaimAligner(ILogger<ClaimAligner>? logger = null)
    {
        _logger = logger ?? NullLogger<ClaimAligner>.Instance;
    }

    /// <inheritdoc />
    public IReadOnlyList<AlignedFact> Align(IReadOnlyList<Claim> claims, IReadOnlyList<AnalyzedDocument> documents, EntityResolution entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return [];
    }
}
