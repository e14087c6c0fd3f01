using System.Net;
using System.Threading.RateLimiting;
using Clout.Storage.Tracking;
using Microsoft.Extensions.Options;

namespace Clout.Tracking;

public static class TrackingServices
{
    public const string Limiter = "tracking";

    public static IServiceCollection AddTracking(this IServiceCollection services)
    {
        services.AddOptions<TrackingOptions>().BindConfiguration(TrackingOptions.Section);
        services.AddMemoryCache();
        services.AddScoped<TrackingLinkQuery>();
        services.AddScoped<VisitorSaltStore>();
        services.AddSingleton<TrackingLinks>();
        services.AddSingleton<VisitorIds>();
        services.AddSingleton<UserAgentClassifier>();
        services.AddSingleton<ClickRecorder>();
        services.AddHostedService(s => s.GetRequiredService<ClickRecorder>());
        services.AddHostedService<VisitorSaltSweeper>();
        services.AddRateLimiter(o => o.AddPolicy(Limiter, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<TrackingOptions>>().Value;
            var address = context.Connection.RemoteIpAddress;
            return address is not null && options.ExemptLoopback && IPAddress.IsLoopback(address)
                ? RateLimitPartition.GetNoLimiter("loopback")
                : RateLimitPartition.GetTokenBucketLimiter(address?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.PermitsPerMinute,
                    TokensPerPeriod = options.PermitsPerMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
        }));
        return services;
    }
}
