using Clout.Core.Connectors;
using Clout.Core.Roster;

namespace Clout.Storage.Connections;

/// <summary>A connection as lists show it (never its credentials): which account, which influencer, how its syncing stands.</summary>
public sealed record ConnectionSummary(
    long Id,
    Platform Platform,
    string Account,
    string? InfluencerHandle,
    ConnectionState State,
    DateTime? LastSuccessUtc,
    string? LastError,
    string? LastFailure,
    DateTime? LastErrorUtc,
    DateTime? NextAttemptUtc);
