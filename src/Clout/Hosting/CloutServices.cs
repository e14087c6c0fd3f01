using Clout.Access;
using Clout.Demo;
using Clout.Storage;
using Microsoft.AspNetCore.Identity;

namespace Clout.Hosting;

public static class CloutServices
{
    /// <summary>What both the CLI and the web server need: storage, the clock, password hashing, the demo seeder.</summary>
    public static IServiceCollection AddCloutCore(this IServiceCollection services, CloutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddCloutStorage(settings.ConnectionString);
        services.AddSingleton<IPasswordHasher<DashboardUser>, PasswordHasher<DashboardUser>>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
