using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Tracking;

/// <summary>
/// Finds the collaboration behind a public link code. /r/{code} carries no workspace, and link codes are unique
/// across the database, so this is one of the few reads that ignores the tenant filter on purpose.
/// </summary>
public sealed class TrackingLinkQuery(CloutDbContext db)
{
    public Task<TrackingLink?> FindAsync(string code, CancellationToken cancellationToken) =>
        (from c in db.Collaborations
         join k in db.Campaigns on new { Id = c.CampaignId, c.WorkspaceId } equals new { k.Id, k.WorkspaceId }
         join i in db.Influencers on new { Id = c.InfluencerId, c.WorkspaceId } equals new { i.Id, i.WorkspaceId }
         join w in db.Workspaces on c.WorkspaceId equals w.Id
         where c.LinkCode == code
         select new TrackingLink(c.WorkspaceId, c.Id, c.DestinationUrl, w.ShopDomains, i.Platform, i.Handle, k.Name))
        .IgnoreQueryFilters()
        .AsNoTracking()
        .FirstOrDefaultAsync(cancellationToken);
}
