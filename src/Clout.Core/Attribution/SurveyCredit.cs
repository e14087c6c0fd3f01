namespace Clout.Core.Attribution;

/// <summary>
/// A survey answer (or a shop export's creator) names an influencer, but an order's signals name collaborations. It is credited to the
/// influencer's collaboration whose campaign ran when the order was placed; failing that, the latest one that had
/// started by then; failing that, the influencer's newest collaboration.
/// </summary>
public static class SurveyCredit
{
    public static long? Choose(IEnumerable<CampaignPart> collaborations, DateTime orderAtUtc)
    {
        ArgumentNullException.ThrowIfNull(collaborations);
        var list = collaborations.ToList();
        if (list.Count == 0)
        {
            return null;
        }
        var running = list.Where(c => (c.StartsAtUtc ?? DateTime.MinValue) <= orderAtUtc && (c.EndsAtUtc is null || orderAtUtc < c.EndsAtUtc))
            .OrderByDescending(c => c.StartsAtUtc ?? DateTime.MinValue).ThenByDescending(c => c.CollaborationId).FirstOrDefault();
        if (running is not null)
        {
            return running.CollaborationId;
        }
        var started = list.Where(c => c.StartsAtUtc is { } start && start <= orderAtUtc)
            .OrderByDescending(c => c.StartsAtUtc).ThenByDescending(c => c.CollaborationId).FirstOrDefault();
        return started?.CollaborationId ?? list.Max(c => c.CollaborationId);
    }
}

/// <summary>One collaboration of an influencer and its campaign's half-open run [StartsAtUtc, EndsAtUtc).</summary>
public sealed record CampaignPart(long CollaborationId, DateTime? StartsAtUtc, DateTime? EndsAtUtc);
