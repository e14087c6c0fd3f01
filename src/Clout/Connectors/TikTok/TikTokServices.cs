using Clout.Hosting;

namespace Clout.Connectors.TikTok;

public static class TikTokServices
{
    /// <summary>The TikTok client and login; their HTTP clients log no addresses.</summary>
    public static IServiceCollection AddTikTok(this IServiceCollection services)
    {
        services.AddCloutOptions<TikTokOptions>(TikTokOptions.Section);
        services.AddHttpClient<TikTokClient>().RemoveAllLoggers();
        services.AddHttpClient<TikTokLogin>().RemoveAllLoggers();
        services.AddScoped<IPlatformClient>(s => s.GetRequiredService<TikTokClient>());
        services.AddScoped<ICreatorLogin>(s => s.GetRequiredService<TikTokLogin>());
        return services;
    }
}
