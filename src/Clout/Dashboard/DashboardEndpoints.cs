using Clout.Access;
using Clout.Dashboard.Campaigns;
using Clout.Dashboard.Influencers;
using Clout.Dashboard.Surveys;
using Clout.Reports;
using Clout.Storage.Campaigns;
using Clout.Storage.Reads;
using Clout.Storage.Reports;

namespace Clout.Dashboard;

/// <summary>The dashboard's pages, the charts they load, the campaign page's live feed, the assets, and the error pages.</summary>
public static class DashboardEndpoints
{
    public static WebApplication MapDashboardEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        var charts = app.MapGroup("/charts").RequireAuthorization(AccessPolicies.Dashboard).ExcludeFromDescription();
        charts.MapGet("/influencers/{id:long}.svg", async (long id, InfluencerPostsQuery query, CancellationToken ct) =>
        {
            var found = await query.LoadAsync(id, new ReportFilter(), ct);
            return found is { } detail ? Svg(EngagementChart.OverTime(detail.Influencer, detail.Posts)) : Results.NotFound();
        });
        charts.MapGet("/campaigns/{id:long}.svg", async (long id, CampaignStore campaigns, CampaignActivityQuery activity, CancellationToken ct) =>
            await campaigns.FindAsync(id, ct) is { } campaign
                ? Svg(CampaignChart.Timeline(campaign.Name, (await activity.ReadAsync(id, ct)).Days))
                : Results.NotFound());
        app.MapGet("/campaigns/{id:long}/live", async (long id, CampaignStore campaigns, CampaignActivityQuery activity, TimeProvider clock, CancellationToken ct) =>
            await campaigns.FindAsync(id, ct) is null
                ? Results.NotFound()
                : TypedResults.ServerSentEvents(CampaignLiveFeed.StreamAsync(id, activity, clock, ct)))
            .RequireAuthorization(AccessPolicies.Dashboard).ExcludeFromDescription();
        app.MapGet("/assets/site.css", () => Results.Text(SiteCss.Value, "text/css")).ExcludeFromDescription();
        app.MapGet("/assets/campaign.js", () => Results.Text(CampaignJs.Value, "text/javascript")).ExcludeFromDescription();
        app.MapGet("/assets/surveys.js", () => Results.Text(SurveysJs.Value, "text/javascript")).ExcludeFromDescription();
        app.MapGet("/assets/imports.js", () => Results.Text(ImportsJs.Value, "text/javascript")).ExcludeFromDescription();
        app.MapSurveyDashboardEndpoints();
        app.MapTierReportDownload();
        app.MapLeaderboardDownload();
        return app;
    }

    /// <summary>
    /// Empty error responses get a body: a page for a person's browser, problem details for everything else (the API,
    /// webhooks, scripts), so no client ever sees a bare status.
    /// </summary>
    public static IApplicationBuilder UseCloutStatusPages(this IApplicationBuilder app)
    {
        app.UseWhen(WantsPage, branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(context => !WantsPage(context), branch => branch.UseStatusCodePages());
        return app;
    }

    private static bool WantsPage(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static IResult Svg(string svg) => Results.Text(svg, "image/svg+xml");

    private static readonly Lazy<string> SiteCss = new(() => Embedded("site.css"));

    private static readonly Lazy<string> CampaignJs = new(() => Embedded("campaign.js"));

    private static readonly Lazy<string> SurveysJs = new(() => Embedded("surveys.js"));

    private static readonly Lazy<string> ImportsJs = new(() => Embedded("imports.js"));

    private static string Embedded(string name)
    {
        using var stream = typeof(DashboardEndpoints).Assembly.GetManifestResourceStream("Clout.Dashboard." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
