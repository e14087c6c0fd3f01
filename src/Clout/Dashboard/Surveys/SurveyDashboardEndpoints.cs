using Clout.Access;
using Clout.Core.Roster;
using Clout.Storage.Surveys;
using Clout.Surveys;

namespace Clout.Dashboard.Surveys;

/// <summary>What the survey pages load besides themselves: the live feed, charts and the CSV of raw responses.</summary>
public static class SurveyDashboardEndpoints
{
    public static IEndpointRouteBuilder MapSurveyDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").RequireAuthorization(AccessPolicies.Dashboard).ExcludeFromDescription();
        pages.MapGet("/surveys/{id:long}/results/live", async (long id, SurveyStore surveys, TimeProvider clock, CancellationToken ct) =>
            await surveys.GetAsync(id, ct) is null
                ? Results.NotFound()
                : TypedResults.ServerSentEvents(SurveyLiveFeed.StreamAsync(id, surveys, clock, ct)));
        pages.MapGet("/charts/surveys/{id:long}/{question}.svg", async (long id, string question, string? influencer, string? tier, SurveyResultsQuery query, CancellationToken ct) =>
        {
            var results = await query.GetAsync(id, influencer, TierNames.TryParse(tier, out var known) ? known : null, ct);
            return results?.Questions.FirstOrDefault(q => q.Id == question && q.Options.Count > 0) is { } found
                ? Results.Text(SurveyChart.Shares(found), "image/svg+xml")
                : Results.NotFound();
        });
        // The API's export, for a signed-in browser (the API itself takes keys only).
        pages.MapGet("/surveys/{id:long}/responses.csv", SurveyEndpoints.CsvAsync);
        return app;
    }
}
