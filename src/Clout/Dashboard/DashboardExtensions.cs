using Clout.Access;
using Clout.Core.Reports;
using Clout.Storage.Reports;

namespace Clout.Dashboard;

public static class DashboardExtensions
{
    public static IServiceCollection AddCloutDashboard(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Dashboard";
            o.Conventions.AuthorizeFolder("/", AccessExtensions.DashboardPolicy);
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AuthorizeFolder("/Imports", AccessExtensions.EditorPolicy);
        });
        return services;
    }

    public static WebApplication MapCloutDashboard(this WebApplication app)
    {
        app.MapRazorPages();
        var charts = app.MapGroup("/charts").RequireAuthorization(AccessExtensions.DashboardPolicy).ExcludeFromDescription();
        charts.MapGet("/tiers/{metric}.svg", async (string metric, string? campaign, DateTime? from, DateTime? to, TierReportQuery query, CancellationToken ct) =>
        {
            if (Metrics.Find(metric) is not { } definition)
            {
                return Results.NotFound();
            }
            var (filter, _) = ReportFilter.Create(campaign, from, to);
            var report = await query.BuildAsync(filter ?? new ReportFilter(), ct);
            return Svg(Charts.TierMetric(report, definition));
        });
        charts.MapGet("/influencers/{id:long}.svg", async (long id, TierReportQuery query, CancellationToken ct) =>
        {
            var found = await query.InfluencerAsync(id, new ReportFilter(), ct);
            return found is { } detail ? Svg(Charts.EngagementOverTime(detail.Influencer, detail.Posts)) : Results.NotFound();
        });
        app.MapGet("/assets/site.css", () => Results.Text(SiteCss.Value, "text/css")).ExcludeFromDescription();
        return app;
    }

    private static IResult Svg(string svg) => Results.Text(svg, "image/svg+xml");

    private static readonly Lazy<string> SiteCss = new(() =>
    {
        using var stream = typeof(DashboardExtensions).Assembly.GetManifestResourceStream("Clout.Dashboard.site.css")
            ?? throw new InvalidOperationException("site.css is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
