using Clout.Core.Campaigns;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Ingestion.Kinds;

/// <summary>
/// Paid collaborations: an influencer already imported in a campaign (created when new), with the fee, the product
/// cost, the commission, the promo code and the tracking link's code. One per campaign and influencer; a known one is
/// replaced. Codes must be free: promo codes within the workspace, link codes (public URLs) everywhere.
/// </summary>
internal sealed class CollaborationImporter(CloutDbContext db, WorkspaceScope scope, ImportReferences references)
    : KindImporter<CollaborationRow, long[]>
{
    internal static readonly ImportSchema Columns = new(["campaign", "influencer_handle", "platform"],
        ["fee", "product_cost", "commission_rate", "promo_code", "link_code", "destination_url"]);

    private const string Sql = """
        INSERT INTO collaborations (workspace_id, campaign_id, influencer_id, fee_minor, product_cost_minor, commission_rate,
                                    promo_code, link_code, destination_url)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)
        ON CONFLICT (workspace_id, campaign_id, influencer_id) DO UPDATE SET
          fee_minor = excluded.fee_minor, product_cost_minor = excluded.product_cost_minor,
          commission_rate = excluded.commission_rate, promo_code = excluded.promo_code,
          link_code = excluded.link_code, destination_url = excluded.destination_url
        """;

    public override ImportKind Kind => ImportKind.Collaborations;

    public override ImportSchema Schema => Columns;

    public override IReadOnlyList<Type> Written { get; } = [typeof(Campaign), typeof(Collaboration)];

    public override CollaborationRow? Parse(FieldReader f)
    {
        var row = new CollaborationRow(f.RequiredText("campaign"), f.Handle("influencer_handle"), f.Platform("platform"),
            f.Money("fee"), f.Money("product_cost"), f.Fraction("commission_rate"), f.Code("promo_code"), f.Code("link_code"),
            f.Url("destination_url"));
        return f.RowHasErrors ? null : row;
    }

    /// <summary>The plan: each row's influencer id.</summary>
    public override async Task<long[]> CheckAsync(IReadOnlyList<Numbered<CollaborationRow>> rows, List<ImportError> errors, CancellationToken cancellationToken)
    {
        DuplicateRows.Reject(rows, r => (r.Campaign, r.Platform, r.InfluencerHandle.ToLowerInvariant()), r => $"@{r.InfluencerHandle} in '{r.Campaign}'", "influencer_handle", errors);
        DuplicateRows.Reject(rows.Where(r => r.Row.PromoCode is not null).ToList(), r => r.PromoCode!.ToUpperInvariant(), r => $"promo code '{r.PromoCode}'", "promo_code", errors);
        DuplicateRows.Reject(rows.Where(r => r.Row.LinkCode is not null).ToList(), r => r.LinkCode!, r => $"link code '{r.LinkCode}'", "link_code", errors);
        var resolved = await references.ResolveInfluencersAsync(rows, r => (r.Platform, r.InfluencerHandle), errors, cancellationToken);
        // Link codes are public and global: one taken by another workspace cannot be reused.
        var codes = rows.Where(r => r.Row.LinkCode is not null).Select(r => r.Row.LinkCode!).ToList();
        var foreign = await db.LinkCodes.AsNoTracking()
            .Where(l => l.WorkspaceId != scope.WorkspaceId && codes.Contains(l.Code))
            .Select(l => l.Code).ToListAsync(cancellationToken);
        foreach (var (line, row) in rows.Where(r => r.Row.LinkCode is not null && foreign.Contains(r.Row.LinkCode!)))
        {
            errors.Add(new ImportError(line, "link_code", $"'{row.LinkCode}' is already used; choose another link code"));
        }
        await RejectCodesHeldElsewhereAsync(rows, resolved, errors, cancellationToken);
        return resolved;
    }

    public override async Task<int> WriteAsync(IReadOnlyList<Numbered<CollaborationRow>> rows, long[] plan, ImportWriter writer, CancellationToken cancellationToken)
    {
        var campaigns = await references.EnsureCampaignsAsync(rows.Select(r => r.Row.Campaign), cancellationToken);
        var existing = (await db.Collaborations.AsNoTracking().Select(c => new { c.CampaignId, c.InfluencerId }).ToListAsync(cancellationToken))
            .Select(c => (c.CampaignId, c.InfluencerId)).ToHashSet();
        var updated = rows.Select((r, i) => existing.Contains((campaigns[r.Row.Campaign], plan[i]))).Count(x => x);
        var index = 0;
        await writer.WriteAsync(Sql, 9, rows, r =>
        [
            scope.WorkspaceId, campaigns[r.Campaign], plan[index++], r.FeeMinor, r.ProductCostMinor, r.CommissionRate,
            r.PromoCode, r.LinkCode, r.DestinationUrl,
        ], cancellationToken);
        await SyncLinkCodesAsync(cancellationToken);
        return updated;
    }

    /// <summary>
    /// Brings the global link_codes in step with the workspace's collaborations, in the import's transaction: codes
    /// changed or removed leave it, new ones join it (a code another workspace took meanwhile fails the import there).
    /// </summary>
    private async Task SyncLinkCodesAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM link_codes WHERE workspace_id = {scope.WorkspaceId} AND NOT EXISTS (
              SELECT 1 FROM collaborations c
              WHERE c.workspace_id = link_codes.workspace_id AND c.id = link_codes.collaboration_id AND c.link_code = link_codes.code)
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO link_codes (code, workspace_id, collaboration_id)
            SELECT c.link_code, c.workspace_id, c.id FROM collaborations c
            WHERE c.workspace_id = {scope.WorkspaceId} AND c.link_code IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM link_codes l WHERE l.code = c.link_code AND l.workspace_id = c.workspace_id)
            """, cancellationToken);
    }

    /// <summary>
    /// Promo and link codes already held by another collaboration of this workspace: the unique indexes would
    /// refuse them halfway through the writes, so they are row errors up front.
    /// </summary>
    private async Task RejectCodesHeldElsewhereAsync(IReadOnlyList<Numbered<CollaborationRow>> rows, long[] resolved, List<ImportError> errors,
        CancellationToken cancellationToken)
    {
        var held = await db.Collaborations.AsNoTracking()
            .Where(c => c.PromoCode != null || c.LinkCode != null)
            .Join(db.Campaigns, c => c.CampaignId, k => k.Id, (c, k) => new { Campaign = k.Name, c.InfluencerId, c.PromoCode, c.LinkCode })
            .ToListAsync(cancellationToken);
        // Promo codes are typed at checkout, where case does not matter; link codes are URL paths, where it does.
        var promoHolders = new Dictionary<string, (string, long)>(StringComparer.OrdinalIgnoreCase);
        var linkHolders = new Dictionary<string, (string, long)>(StringComparer.Ordinal);
        foreach (var h in held)
        {
            if (h.PromoCode is not null)
            {
                promoHolders.TryAdd(h.PromoCode, (h.Campaign, h.InfluencerId));
            }
            if (h.LinkCode is not null)
            {
                linkHolders.TryAdd(h.LinkCode, (h.Campaign, h.InfluencerId));
            }
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, row) = rows[i];
            var self = (row.Campaign, resolved[i]);
            if (row.PromoCode is not null && promoHolders.TryGetValue(row.PromoCode, out var promoHolder) && promoHolder != self)
            {
                errors.Add(new ImportError(line, "promo_code", $"'{row.PromoCode}' is already used by another collaboration; choose another promo code"));
            }
            if (row.LinkCode is not null && linkHolders.TryGetValue(row.LinkCode, out var linkHolder) && linkHolder != self)
            {
                errors.Add(new ImportError(line, "link_code", $"'{row.LinkCode}' is already used by another collaboration; choose another link code"));
            }
        }
    }
}
