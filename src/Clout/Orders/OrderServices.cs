using Clout.Hosting;

namespace Clout.Orders;

public static class OrderServices
{
    /// <summary>The group commit every order door of the web server goes through (the CLI's imports write directly).</summary>
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddCloutOptions<OrderOptions>(OrderOptions.Section);
        services.AddSingleton<OrderRecorder>();
        services.AddHostedService(s => s.GetRequiredService<OrderRecorder>());
        services.AddSingleton<IIntakeQueue>(s => s.GetRequiredService<OrderRecorder>());
        return services;
    }

    /// <summary>The answer to an order that was not committed: 503, so that the shop or the client sends it again.</summary>
    internal static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotStored() =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The order was not stored",
            detail: "The order could not be stored just now; send it again.");
}
