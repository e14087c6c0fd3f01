using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Clout.Storage.Campaigns;

namespace Clout.Dashboard.Campaigns;

/// <summary>
/// Server-sent events for a campaign page: a new snapshot whenever a click or an order arrives. It polls two indexed
/// MAX queries a second rather than listening in-process, so it also sees what another server process or an import
/// wrote: within 2 s of arrival, as the dashboard promises.
/// </summary>
public static class CampaignLiveFeed
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>One line of snake_case JSON per event, as campaign.js reads it.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>A comment-free "still here" event, so idle proxies do not cut the stream.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static async IAsyncEnumerable<SseItem<string>> StreamAsync(long campaignId, CampaignActivityQuery query, TimeProvider clock,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(clock);
        ActivityVersion? sent = null;
        var lastSentAt = clock.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            var version = await query.VersionAsync(campaignId, cancellationToken);
            if (version != sent || clock.GetElapsedTime(lastSentAt) >= KeepAlive)
            {
                var activity = await query.ReadAsync(campaignId, cancellationToken);
                sent = activity.Version;
                lastSentAt = clock.GetTimestamp();
                yield return new SseItem<string>(JsonSerializer.Serialize(LiveSnapshot.Of(activity), Json), "activity");
            }
            try
            {
                await Task.Delay(PollInterval, clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }
}
