using Clout.Access;
using Clout.Authenticity;
using Clout.Campaigns;
using Clout.Comments;
using Clout.Connectors;
using Clout.Dashboard;
using Clout.Engagement;
using Clout.Hosting;
using Clout.Hosting.Proxy;
using Clout.Hosting.Telemetry;
using Clout.Imports;
using Clout.Orders;
using Clout.Planning;
using Clout.Presentation;
using Clout.Reports;
using Clout.Roster;
using Clout.Storage.Model;
using Clout.Surveys;
using Clout.Tracking;
using Clout.Webhooks;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Clout;

/// <summary>The web server: a table of contents of the features it serves.</summary>
public static class CloutWebApp
{
    /// <param name="args">
    /// Configuration given on the command line, as in any ASP.NET Core app: "--Clout:Tracking:QueueCapacity=5000",
    /// "--ConnectionStrings:Clout=Data Source=clout.db", "--urls=http://0.0.0.0:8080". They win over appsettings.json
    /// and environment variables (see <see cref="CloutConfiguration"/>).
    /// </param>
    /// <param name="replaceServices">
    /// Registrations made after the app's own, which they replace (a test's clock); null in the product.
    /// </param>
    public static WebApplication Create(string[] args, Action<IServiceCollection>? replaceServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = CloutConfiguration.ApplicationName,
            ContentRootPath = CloutConfiguration.ContentRoot,
        });
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(CloutConfiguration.DefaultUrls);
        }
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = ImportEndpoints.MaxBodyBytes;
            // No product name in every response: it tells a scanner what to try, and costs bytes on every redirect.
            k.AddServerHeader = false;
        });
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        // Two console lines per request would cost more than the tracking redirect itself; start-up and problems remain.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.AddCloutLogging();
        builder.AddCloutTelemetry();
        builder.Services.AddCloutServices(builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<RefusedValueHandler>();
        // snake_case like the CSV headers and the report's JSON: one vocabulary for files, API and CLI output.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = CloutJson.Options.PropertyNamingPolicy;
            o.SerializerOptions.DictionaryKeyPolicy = null;
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Clout API";
            document.Info.Description = "Roster, engagement, orders, imports and the tier report of one workspace. Authenticate with `Authorization: Bearer <API key>` (create one with `clout keys create`).";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key from `clout keys create`.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
            return Task.CompletedTask;
        }));
        builder.Services.AddCloutHealthChecks().AddDbContextCheck<CloutDbContext>("database");
        builder.Services.AddProxyTrust();
        builder.Services.AddAccess();
        builder.Services.AddDashboard();
        builder.Services.AddTracking();
        builder.Services.AddCampaigns();
        builder.Services.AddWebhooks();
        builder.Services.AddOrders();
        builder.Services.AddSurveys();
        builder.Services.AddConnectorSchedule();
        builder.Services.AddConnectorAuthorisation();
        replaceServices?.Invoke(builder.Services);

        var app = builder.Build();
        // Every setting is checked first, before the pipeline below builds the services that read them: a bad one
        // stops the start with its name, not with a service's failure.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        app.UseProxyTrust();
        app.UseExceptionHandler();
        app.UseTrackingLinks();
        app.UseCookiePolicy();
        app.UseServerTiming();
        app.UseCloutStatusPages();
        // Explicitly after the status pages, so that a re-executed error request is routed to its page.
        app.UseRouting();
        app.UseSecurityHeaders();
        // After the forwarded headers are applied: the scraper's own address decides whether /metrics answers.
        app.UseCloutMetricsEndpoint();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseWorkspaceScope();
        app.UseAuthorization();

        app.MapCloutHealthEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json");
        // Self-hosted means no calls home: no web fonts, telemetry, AI agent or hosted-client buttons.
        app.MapScalarApiReference("/api", o => o.WithTitle("Clout API").WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp().HideClientButton().HideDeveloperTools()
            .AddPreferredSecuritySchemes("Bearer"));

        var api = app.MapGroup("/api/v1").RequireAuthorization(AccessPolicies.Api).ProducesProblem(StatusCodes.Status401Unauthorized).WithKeyScopeRefusals();
        api.MapRosterEndpoints();
        api.MapEngagementEndpoints();
        api.MapImportEndpoints();
        api.MapReportEndpoints();
        api.MapPlanEndpoints();
        api.MapCampaignEndpoints();
        api.MapReconciliationEndpoints();
        api.MapOrderEndpoints();
        api.MapAuthenticityEndpoints();
        api.MapCommentEndpoints();
        api.MapSurveyEndpoints();
        api.MapApiKeyEndpoints();

        app.MapWebhookEndpoints();
        app.MapPublicSurveyEndpoints();
        app.MapSurveyWidgetEndpoints();
        app.MapConnectorAuthorisationEndpoints();

        app.MapDashboardEndpoints();
        return app;
    }
}
