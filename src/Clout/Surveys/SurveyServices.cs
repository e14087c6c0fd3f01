using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Clout.Surveys;

public static class SurveyServices
{
    public const string Limiter = "surveys";

    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section);
        services.AddRateLimiter(o => o.AddPolicy(Limiter, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<SurveyOptions>>().Value;
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
