using System.Threading.RateLimiting;
using Clout.Hosting;
using Microsoft.Extensions.Options;

namespace Clout.Webhooks;

public static class WebhookServices
{
    public const string Limiter = "webhooks";

    /// <summary>The per-address rate limit on the shops' deliveries to <see cref="WebhookEndpoints"/>.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddCloutOptions<WebhookOptions>(WebhookOptions.Section);
        return services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o => o.AddPolicy(Limiter, context =>
        {
            var perMinute = context.RequestServices.GetRequiredService<IOptions<WebhookOptions>>().Value.DeliveriesPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
        }));
    }
}
