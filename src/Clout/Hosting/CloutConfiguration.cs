using Clout.Storage;

namespace Clout.Hosting;

/// <summary>
/// The names and places of Clout's configuration, the same for `clout serve` and every other verb: both build a host
/// (the web app, or the generic host for a command) with the builder's sources — appsettings.json and
/// appsettings.{Environment}.json beside the executable, environment variables, then the command line — so a setting
/// means the same in both.
/// </summary>
public static class CloutConfiguration
{
    /// <summary>Clout's own settings: Clout:Tracking, Clout:Reports… (environment variables Clout__Tracking__…).</summary>
    public const string Section = "Clout";

    /// <summary>The database, under ConnectionStrings (environment variable ConnectionStrings__Clout).</summary>
    public const string ConnectionStringName = "Clout";

    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;

    /// <summary>Where `clout serve` listens when no Urls setting says otherwise: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>
    /// Beside the executable, not the working folder: a command run in any folder (say, another .NET project's) must
    /// not pick up that folder's appsettings.json.
    /// </summary>
    public static string ContentRoot => AppContext.BaseDirectory;

    /// <summary>The executable's name ("clout"): the builders look up user secrets (Development only) by it.</summary>
    public static string ApplicationName { get; } = typeof(CloutConfiguration).Assembly.GetName().Name!;

    /// <summary>ConnectionStrings:Clout, else clout.db in the working folder.</summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetConnectionString(ConnectionStringName) is { } configured && !string.IsNullOrWhiteSpace(configured)
            ? configured
            : StorageServiceCollectionExtensions.DefaultConnectionString;
    }
}
