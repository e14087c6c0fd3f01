using Clout.Access;
using Clout.Connectors;
using Clout.Demo;
using Clout.Hosting;
using Clout.Reports;
using Clout.Storage;
using Clout.Surveys;
using Clout.Webhooks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Clout;

public static class CloutServices
{
    /// <summary>The Data Protection application name: the CLI and the server must share it to read each other's secrets.</summary>
    public const string DataProtectionApplicationName = "clout";

    /// <summary>
    /// The services every verb shares with the web server, from the same configuration: storage on
    /// ConnectionStrings:Clout, the clock, password hashing, the demo seeder, secret protection (Shopify's, order proof's), the report renderers.
    /// </summary>
    public static IServiceCollection AddCloutServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddCloutStorage(CloutConfiguration.ConnectionString(configuration));
        services.AddSingleton<IPasswordHasher<DashboardUser>, PasswordHasher<DashboardUser>>();
        services.AddScoped<UserAccounts>();
        services.AddDemo();
        // Keys live in the user's key folder (~/.aspnet/DataProtection-Keys on Linux), shared by `clout serve` and the CLI.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddSingleton<ShopifySecrets>();
        services.AddScoped<OrderProofSecrets>();
        services.AddReports();
        services.AddConnectors();
        return services;
    }
}
