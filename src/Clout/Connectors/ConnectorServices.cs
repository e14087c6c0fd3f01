using Clout.Connectors.Instagram;
using Clout.Connectors.TikTok;
using Clout.Connectors.YouTube;
using Clout.Hosting;

namespace Clout.Connectors;

public static class ConnectorServices
{
    /// <summary>What `clout connect`, `clout sync` and the server share: the settings, the secrets, the sync and the platforms' clients.</summary>
    public static IServiceCollection AddConnectors(this IServiceCollection services)
    {
        services.AddCloutOptions<ConnectorSyncOptions>(ConnectorSyncOptions.Section);
        services.AddSingleton<ConnectionSecrets>();
        services.AddScoped<PlatformClients>();
        services.AddScoped<ConnectionSync>();
        services.AddCloutOptions<YouTubeOptions>(YouTubeOptions.Section);
        services.AddHttpClient<YouTubeClient>();
        services.AddScoped<IPlatformClient>(s => s.GetRequiredService<YouTubeClient>());
        services.AddScoped<YouTubeConnect>();
        services.AddInstagram();
        services.AddTikTok();
        return services;
    }

    /// <summary>The server's schedule of syncs (a command runs its syncs itself).</summary>
    public static IServiceCollection AddConnectorSchedule(this IServiceCollection services) =>
        services.AddHostedService<ConnectionScheduler>();
}
