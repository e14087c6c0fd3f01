using Clout.Access;
using Clout.Demo;
using Clout.Hosting;
using Clout.Reports;
using Clout.Storage;
using Clout.Webhooks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Clout;

public static class CloutServices
{
    /// <summary>The Data Protection application name: the CLI and the server must share it to read each other's secrets.</summary>
    public const string DataProtectionApplicationName = "clout";

    /// <summary>What both the CLI and the web server need: storage, the clock, password hashing, the demo seeder, secret protection.</summary>
    public static IServiceCollection AddCloutCore(this IServiceCollection services, CloutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddCloutStorage(settings.ConnectionString);
        services.AddSingleton<IPasswordHasher<DashboardUser>, PasswordHasher<DashboardUser>>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<DemoSeeder>();
        // Keys live in the user's key folder (~/.aspnet/DataProtection-Keys on Linux), shared by `clout serve` and the CLI.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddSingleton<ShopifySecrets>();
        services.AddReports();
        return services;
    }
}
