using Clout.Core.Roster;

namespace Clout.Connectors;

/// <summary>The registered platform clients, by platform: one per platform, the sync picks by the connection's.</summary>
internal sealed class PlatformClients(IEnumerable<IPlatformClient> clients)
{
    private readonly Dictionary<Platform, IPlatformClient> _byPlatform = clients.ToDictionary(c => c.Platform);

    public IPlatformClient? For(Platform platform) => _byPlatform.GetValueOrDefault(platform);
}
