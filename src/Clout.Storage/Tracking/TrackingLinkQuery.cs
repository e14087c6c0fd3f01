using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Tracking;

/// <summary>
/// Finds the collaboration behind a public link code. /r/{code} carries no workspace: the global link_codes table
/// names it, and every other table is then read within that workspace (one shard, were the tables distributed by it).
/// One of the few reads that ignores the tenant filter on purpose.
/// </summary>
public sealed class TrackingLinkQuery(CloutDbContext db)
{
    public Task<TrackingLink?> FindAsync(string code, CancellationToken cancellationToken) =>
        (from l in db.LinkCodes
         join c in db.Collaborations on new { l.WorkspaceId, Id = l.CollaborationId } equals new { c.WorkspaceId, c.Id }
         join k in db.Campaigns on new { Id = c.CampaignId, c.WorkspaceId } equals new { k.Id, k.WorkspaceId }
         join i in db.Influencers on new { Id = c.InfluencerId, c.WorkspaceId } equals new { i.Id, i.WorkspaceId }
         join w in db.Workspaces on c.WorkspaceId equals w.Id
         where l.Code == code
         select new TrackingLink(c.WorkspaceId, c.Id, c.DestinationUrl, w.ShopDomains, i.Platform, i.Handle, k.Name))
        .IgnoreQueryFilters()
        .AsNoTracking()
        .FirstOrDefaultAsync(cancellationToken);
}
