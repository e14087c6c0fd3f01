using Clout.Core.Roster;

namespace Clout.Storage.Tracking;

/// <summary>What a tracking-link request needs to know about its collaboration, read in one query.</summary>
public sealed record TrackingLink(
    long WorkspaceId,
    long CollaborationId,
    string? DestinationUrl,
    string? ShopDomains,
    Platform Platform,
    string Handle,
    string CampaignName);
