using FactCheck;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

// The conventional namespace, so AddFactCheck shows up wherever IServiceCollection is used.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers FactCheck with a dependency-injection container.</summary>
public static class FactCheckServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="FactChecker"/> with the default options (see
    /// <see cref="AddFactCheck(IServiceCollection, Action{FactCheckerBuilder}?)"/>).
    /// </summary>
    /// <param name="services">The container.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddFactCheck(this IServiceCollection services) => services.AddFactCheck(configure: null);

    /// <summary>
    /// Registers a singleton <see cref="FactChecker"/> (immutable and thread-safe), built on first use with the
    /// container's <see cref="ILoggerFactory"/> when one is registered. A second call does not replace the first.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configure">Replaces stages or changes options on the builder before the checker is built.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddFactCheck(this IServiceCollection services, Action<FactCheckerBuilder>? configure)
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

    /// <summary>
    /// Registers the checker with its options read from <paramref name="configuration"/>, for example
    /// <c>services.AddFactCheck(configuration.GetSection("FactCheck"))</c>; keys in
    /// <see cref="FactCheckerBuilder.Configure(IConfiguration)"/>. Read and validated when the checker is first resolved.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">The options' configuration section.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddFactCheck(this IServiceCollection services, IConfiguration configuration) =>
        services.AddFactCheck(configuration, configure: null);

    /// <summary>
    /// Registers the checker like <see cref="AddFactCheck(IServiceCollection, Action{FactCheckerBuilder}?)"/>, with
    /// its options read from <paramref name="configuration"/> (for example <c>configuration.GetSection("FactCheck")</c>;
    /// keys in <see cref="FactCheckerBuilder.Configure(IConfiguration)"/>) before <paramref name="configure"/> runs.
    /// The section is read and validated when the checker is first resolved.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">The options' configuration section.</param>
    /// <param name="configure">Replaces stages or changes options after the configuration is applied.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddFactCheck(this IServiceCollection services, IConfiguration configuration, Action<FactCheckerBuilder>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddFactCheck(builder =>
        {
            builder.Configure(configuration);
            configure?.Invoke(builder);
        });
    }
}
