namespace Clout.Connectors;

/// <summary>
/// An account as the platform reports it now: its stable id, its handle and its public counts.
/// <see cref="FollowersHidden"/>: the owner hides the count (YouTube's hiddenSubscriberCount); no snapshot is taken then.
/// </summary>
internal sealed record FetchedAccount(
    string ExternalId,
    string Handle,
    string? DisplayName,
    long Followers,
    long? Following,
    long? PostCount,
    string? UploadsId = null,
    bool FollowersHidden = false);
