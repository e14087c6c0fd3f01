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
using Microsoft.Extensions.Options;

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
        // Keys live in the database, shared by every node and the CLI; the start-up imports a ring left in the old folder.
        // Registered before Data Protection's own start-up service, which reads the ring (and would write a first key).
        services.AddCloutOptions<KeyRingOptions>(KeyRingOptions.Section);
        services.AddSingleton<KeyRingStartup>();
        services.AddSingleton<ClusterTurns>();
        services.AddHostedService(s => s.GetRequiredService<KeyRingStartup>());
        var keyRing = services.AddDataProtection().SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToCloutDatabase(CloutConfiguration.ConnectionString(configuration));
        var certificate = KeyRingCertificate.Load(configuration);
        services.AddSingleton(certificate);
        services.AddSingleton<IValidateOptions<KeyRingOptions>>(certificate);
        if (certificate.Certificate is { } encrypting)
        {
            // New keys are stored encrypted; keys stored in clear before stay readable, as Data Protection reads both.
            keyRing.ProtectKeysWithCertificate(encrypting).UnprotectKeysWithAnyCertificate(encrypting);
        }
        services.AddSingleton<WebhookSecrets>();
        services.AddScoped<OrderProofSecrets>();
        services.AddReports();
        services.AddConnectors();
        return services;
    }
}
