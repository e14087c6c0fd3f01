using Clout.Hosting;

namespace Clout.Connectors.Instagram;

public static class InstagramServices
{
    /// <summary>The Instagram client and login; their HTTP clients log no addresses, since the token endpoints take secrets in the query.</summary>
    public static IServiceCollection AddInstagram(this IServiceCollection services)
    {
        services.AddCloutOptions<InstagramOptions>(InstagramOptions.Section);
        services.AddHttpClient<InstagramClient>().RemoveAllLoggers();
        services.AddHttpClient<InstagramLogin>().RemoveAllLoggers();
        services.AddScoped<IPlatformClient>(s => s.GetRequiredService<InstagramClient>());
        services.AddScoped<ICreatorLogin>(s => s.GetRequiredService<InstagramLogin>());
        return services;
    }
}
