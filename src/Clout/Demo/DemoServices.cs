using Clout.Hosting;

namespace Clout.Demo;

public static class DemoServices
{
    /// <summary>The demo seeder, for `clout demo` and `clout serve --demo` alike.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddCloutOptions<DemoOptions>(DemoOptions.Section);
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
