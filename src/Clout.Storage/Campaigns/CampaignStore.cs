using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Campaigns;

/// <summary>The workspace's campaigns: list, read, create, change. Collaborations go through the importer's checks.</summary>
public sealed class CampaignStore(CloutDbContext db)
{
    public Task<List<CampaignSummary>> ListAsync(CancellationToken cancellationToken) =>
        Summaries(db.Campaigns.OrderBy(c => c.Name)).ToListAsync(cancellationToken);

    public Task<CampaignSummary?> FindAsync(long id, CancellationToken cancellationToken) =>
        Summaries(db.Campaigns.Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken);

    public Task<CampaignSummary?> FindAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return Summaries(db.Campaigns.Where(c => c.Name == trimmed)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The terms of an influencer's collaboration in a campaign (handles are stored in lower case); null when there is none yet.</summary>
    public Task<CollaborationTerms?> FindTermsAsync(string campaign, Platform platform, string handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(handle);
        var name = campaign.Trim();
        var lowered = handle.Trim().TrimStart('@').ToLowerInvariant();
        return db.Collaborations.AsNoTracking()
            .Where(c => db.Campaigns.Any(k => k.Id == c.CampaignId && k.Name == name)
                && db.Influencers.Any(i => i.Id == c.InfluencerId && i.Platform == platform && i.Handle == lowered))
            .Select(c => new CollaborationTerms(c.FeeMinor, c.ProductCostMinor, c.CommissionRate, c.PromoCode, c.LinkCode, c.DestinationUrl))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Creates a campaign; throws <see cref="StorageValidationException"/> for a bad draft or a taken name.</summary>
    public async Task<CampaignSummary> CreateAsync(CampaignDraft draft, CancellationToken cancellationToken)
    {
        Check(draft);
        var name = draft.Name.Trim();
        if (await db.Campaigns.AnyAsync(c => c.Name == name, cancellationToken))
        {
            throw new StorageValidationException($"name: a campaign named '{name}' already exists");
        }
        await CheckHashtagFreeAsync(draft.Hashtag, cancellationToken);
        var campaign = new Campaign
        {
            Name = name,
            Goal = draft.Goal,
            StartsAtUtc = draft.StartsAtUtc,
            EndsAtUtc = draft.EndsAtUtc,
            BudgetMinor = draft.BudgetMinor,
            Hashtag = draft.Hashtag,
        };
        db.Campaigns.Add(campaign);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Created by someone else since the look above: the same answer as one request later.
            db.ChangeTracker.Clear();
            throw new StorageValidationException($"name: a campaign named '{name}' already exists");
        }
        return (await FindAsync(campaign.Id, cancellationToken))!;
    }

    /// <summary>A hashtag credits the posts that carry it to one campaign only; platforms match hashtags in any case.</summary>
    private async Task CheckHashtagFreeAsync(string? hashtag, CancellationToken cancellationToken)
    {
        if (hashtag is null)
        {
            return;
        }
        var taken = await db.Campaigns.AsNoTracking().Where(c => c.Hashtag != null).Select(c => new { c.Name, c.Hashtag }).ToListAsync(cancellationToken);
        if (taken.FirstOrDefault(c => string.Equals(c.Hashtag, hashtag, StringComparison.OrdinalIgnoreCase)) is { } holder)
        {
            throw new StorageValidationException($"hashtag: #{hashtag} is already the hashtag of campaign '{holder.Name}'");
        }
    }

    private static void Check(CampaignDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Problem() is { } problem)
        {
            throw new StorageValidationException($"{problem.Field}: {problem.Message}");
        }
    }

    private IQueryable<CampaignSummary> Summaries(IQueryable<Campaign> campaigns) =>
        campaigns.AsNoTracking().Select(c => new CampaignSummary(c.Id, c.Name, c.Goal, c.StartsAtUtc, c.EndsAtUtc, c.BudgetMinor,
            db.Collaborations.Count(k => k.CampaignId == c.Id),
            // As a double: no sum of stored fees can overflow (SQLite's integer SUM raises an error).
            db.Collaborations.Where(k => k.CampaignId == c.Id).Sum(k => (double?)k.FeeMinor) ?? 0)
        {
            Hashtag = c.Hashtag,
        });
}
