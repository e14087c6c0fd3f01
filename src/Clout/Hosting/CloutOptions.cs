using Microsoft.Extensions.Options;

namespace Clout.Hosting;

/// <summary>
/// How a feature's options class is registered: bound from its section, checked at start by its data annotations
/// (see <see cref="SettingsValidator{TOptions}"/>), so that a bad or misspelt setting stops the program with a
/// message naming it instead of being clamped or ignored.
/// </summary>
public static class CloutOptions
{
    /// <summary>The message of a <c>[Range]</c>: "Clout:Tracking:QueueCapacity must be between 1 and 1000000".</summary>
    public const string Between = "{0} must be between {1} and {2}";

    /// <summary>The message of a <c>[MinLength]</c> on text.</summary>
    public const string AtLeastCharacters = "{0} must have at least {1} characters";

    /// <param name="section">The configuration section, e.g. "Clout:Tracking".</param>
    /// <param name="formerSection">
    /// The section's name before it moved under Clout (e.g. "Tracking"), still read so that existing environments
    /// (Tracking__FlushToDisk=true) keep working; where a setting is given under both names, the new one wins.
    /// </param>
    public static OptionsBuilder<TOptions> AddCloutOptions<TOptions>(this IServiceCollection services, string section, string? formerSection = null)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(s => new SettingsValidator<TOptions>(s.GetRequiredService<IConfiguration>(), section, formerSection));
        return services.AddOptions<TOptions>()
            .Configure<IConfiguration>((options, configuration) => Bind(options, configuration, section, formerSection))
            .ValidateOnStart();
    }

    private static void Bind<TOptions>(TOptions options, IConfiguration configuration, string section, string? formerSection) where TOptions : class
    {
        try
        {
            if (formerSection is not null)
            {
                configuration.GetSection(formerSection).Bind(options);
            }
            configuration.GetSection(section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            // A value of the wrong type ("abc" for a number): the binder's message names the key and the type.
            throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), [e.Message]);
        }
    }
}
