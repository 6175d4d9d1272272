using FactCheck;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

// The conventional namespace, so AddFactCheck shows up wherever IServiceCollection is used.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers FactCheck with a dependency-injection container.</summary>
public static class FactCheckServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="FactChecker"/> (immutable and thread-safe), built on first use with the
    /// container's <see cref="ILoggerFactory"/> when one is registered. A second call does not replace the first.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configure">Replaces stages or changes options on the builder before the checker is built.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddFactCheck(this IServiceCollection services, Action<FactCheckerBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(provider =>
        {
            var builder = new FactCheckerBuilder();
            if (provider.GetService(typeof(ILoggerFactory)) is ILoggerFactory loggerFactory)
            {
                builder.UseLoggerFactory(loggerFactory);
            }

            configure?.Invoke(builder);
            return builder.Build();
        });
        return services;
    }
}
