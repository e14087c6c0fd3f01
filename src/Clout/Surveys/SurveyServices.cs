using Clout.Hosting;
using Microsoft.Extensions.Options;

namespace Clout.Surveys;

public static class SurveyServices
{
    public const string Limiter = "surveys";

    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddCloutOptions<SurveyOptions>(SurveyOptions.Section, SurveyOptions.FormerSection);
        services.AddSingleton<SurveyResponseRecorder>();
        services.AddHostedService(s => s.GetRequiredService<SurveyResponseRecorder>());
        services.AddSingleton<IIntakeQueue>(s => s.GetRequiredService<SurveyResponseRecorder>());
        services.AddRateLimiter(o => o.AddPolicy(Limiter, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<SurveyOptions>>().Value;
            return PublicRateLimit.PerAddress(context, options.PermitsPerMinute, options.ExemptLoopback);
        }));
        return services;
    }
}
