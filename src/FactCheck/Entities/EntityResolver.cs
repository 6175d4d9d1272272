using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Entities;

/// <summary>Default <see cref="IEntityResolver"/>. PLACEHOLDER: the real implementation is still to be written.</summary>
public sealed class EntityResolver : IEntityResolver
{
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    public EntityResolver(ILogger<EntityResolver>? logger = null)
    {
        _logger = logger ?? NullLogger<EntityResolver>.Instance;
    }

    /// <inheritdoc />
    public EntityResolution Resolve(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return EntityResolution.Empty;
    }
}
