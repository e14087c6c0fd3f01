using Clout.Core.Attribution;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Orders;

/// <summary>
/// The creator side of attribution: a shop export names the influencer who sold an order, and the order credits that
/// influencer's collaboration as a survey answer does (<see cref="SurveyCredit.Choose"/>: the campaign running at the
/// order's time first). An influencer without any collaboration is still kept on the order, crediting none.
/// </summary>
internal sealed class CreatorSignals(Dictionary<OrderCreator, long> influencers, Dictionary<long, List<CampaignPart>> parts)
{
    /// <exception cref="StorageValidationException">A creator is not an influencer of the workspace; nothing is stored.</exception>
    public static async Task<CreatorSignals> ReadAsync(CloutDbContext db, IReadOnlyList<OrderCreator> named, CancellationToken cancellationToken)
    {
        var wanted = named.Select(Key).Distinct().ToList();
        var influencers = new Dictionary<OrderCreator, long>();
        foreach (var chunk in wanted.Select(c => c.Handle).Distinct(StringComparer.Ordinal).Chunk(OrderIntake.LookupChunk))
        {
            // Handles are compared as the importers do: case-insensitively, on one platform.
            foreach (var i in await db.Influencers.AsNoTracking().Where(i => chunk.Contains(i.Handle.ToLower()))
                         .Select(i => new { i.Id, i.Platform, i.Handle }).ToListAsync(cancellationToken))
            {
                influencers[Key(new OrderCreator(i.Platform, i.Handle))] = i.Id;
            }
        }
        if (wanted.FirstOrDefault(c => !influencers.ContainsKey(c)) is { } unknown)
        {
            throw new StorageValidationException($"creator @{unknown.Handle} is no influencer on {unknown.Platform.ToName()} in this workspace");
        }
        var collaborations = await SurveySignals.PartsAsync(db, influencers.Values, cancellationToken);
        return new CreatorSignals(influencers, collaborations);
    }

    public long? InfluencerOf(OrderCreator creator) => influencers.TryGetValue(Key(creator), out var id) ? id : null;

    /// <summary>The influencer's collaboration the order credits, or null when it has none.</summary>
    public long? CollaborationOf(long influencerId, DateTime orderAtUtc) =>
        parts.TryGetValue(influencerId, out var list) ? SurveyCredit.Choose(list, orderAtUtc) : null;

    private static OrderCreator Key(OrderCreator creator) => creator with { Handle = creator.Handle.ToLowerInvariant() };
}
