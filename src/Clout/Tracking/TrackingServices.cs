using Clout.Hosting;

namespace Clout.Tracking;

public static class TrackingServices
{
    public const string Limiter = "tracking";

    public static IServiceCollection AddTracking(this IServiceCollection services)
    {
        services.AddCloutOptions<TrackingOptions>(TrackingOptions.Section, TrackingOptions.FormerSection);
        services.AddMemoryCache();
        services.AddSingleton<TrackingLinks>();
        services.AddSingleton<VisitorIds>();
        services.AddSingleton<ClickRecorder>();
        services.AddHostedService(s => s.GetRequiredService<ClickRecorder>());
        services.AddSingleton<IIntakeQueue>(s => s.GetRequiredService<ClickRecorder>());
        services.AddHostedService<VisitorSaltSweeper>();
        services.AddCloutOptions<RetentionOptions>(RetentionOptions.Section);
        services.AddHostedService<ClickRetentionJob>();
        services.AddRateLimiter(o => o.AddPolicy<string, TrackingRateLimitPolicy>(Limiter));
        return services;
    }
}
