using System.Threading.RateLimiting;

namespace Clout.Webhooks;

public static class WebhookServices
{
    public const string Limiter = "webhooks";

    /// <summary>Deliveries per client address and minute: a flash sale's burst from Shopify's senders, not a flood.</summary>
    private const int DeliveriesPerMinute = 6_000;

    /// <summary>The per-address rate limit on Shopify's deliveries to <see cref="WebhookEndpoints"/>.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services) =>
        services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o => o.AddPolicy(Limiter, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = DeliveriesPerMinute, Window = TimeSpan.FromMinutes(1) })));
}
