using Clout.Core.Tracking;
using Clout.Storage.Tracking;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Clout.Tracking;

/// <summary>
/// Link codes to collaborations, remembered briefly: every redirect needs one, and they rarely change. Unknown codes
/// are not remembered, so guessing codes cannot fill the memory, and a newly imported link works at once.
/// </summary>
internal sealed class TrackingLinks(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<TrackingOptions> options)
{
    private const string KeyPrefix = "tracking-link:";

    /// <summary>Forgets what a code led to, so that a changed or removed link is live at once, not after the cache's time.</summary>
    public void Forget(string code) => cache.Remove(KeyPrefix + code);

    public async ValueTask<LinkLookup?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + code;
        if (cache.TryGetValue(key, out LinkLookup? found))
        {
            return found;
        }
        TrackingLink? link;
        await using (var scope = scopes.CreateAsyncScope())
        {
            link = await scope.ServiceProvider.GetRequiredService<TrackingLinkQuery>().FindAsync(code, cancellationToken);
        }
        if (link is null)
        {
            return null;
        }
        found = new LinkLookup(link.WorkspaceId, link.CollaborationId,
            RedirectTarget.For(link.DestinationUrl, link.ShopDomains, link.Platform, link.Handle, link.CampaignName));
        cache.Set(key, found, options.Value.LinkCacheDuration);
        return found;
    }
}
