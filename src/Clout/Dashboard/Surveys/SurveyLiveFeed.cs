using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Clout.Dashboard.Campaigns;
using Clout.Storage.Surveys;

namespace Clout.Dashboard.Surveys;

/// <summary>
/// Server-sent events for a survey's results page: an event whenever the survey's latest response id changes. Like
/// <see cref="CampaignLiveFeed"/> it polls one indexed MAX query a second instead of listening in-process, so it also
/// sees responses another server process stored: within 2 s of arrival.
/// </summary>
public static class SurveyLiveFeed
{
    /// <summary>A "still here" event, so idle proxies do not cut the stream.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static async IAsyncEnumerable<SseItem<string>> StreamAsync(long surveyId, SurveyStore surveys, TimeProvider clock,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(clock);
        long sent = 0;
        var first = true;
        var lastSentAt = clock.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            var latest = await surveys.LatestResponseIdAsync(surveyId, cancellationToken);
            if (first || latest != sent || clock.GetElapsedTime(lastSentAt) >= KeepAlive)
            {
                first = false;
                sent = latest;
                lastSentAt = clock.GetTimestamp();
                // Only the id: the page fetches the results it shows itself, with its own filters.
                yield return new SseItem<string>(JsonSerializer.Serialize(new { latest }), "responses");
            }
            try
            {
                await Task.Delay(CampaignLiveFeed.PollInterval, clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }
}
