using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Conflicts;

/// <summary>Default <see cref="IConflictDetector"/>. PLACEHOLDER: the real implementation is still to be written.</summary>
public sealed class ConflictDetector : IConflictDetector
{
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    public ConflictDetector(ILogger<ConflictDetector>? logger = null)
    {
        _logger = logger ?? NullLogger<ConflictDetector>.Instance;
    }

    /// <inheritdoc />
    public ConflictResult Detect(ConflictContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ConflictResult(context.Facts, [], []);
    }
}
