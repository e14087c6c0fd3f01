using Clout.Core.Connectors;
using Clout.Core.Roster;

namespace Clout.Storage.Connections;

/// <summary>A connection as the sync reads and writes it: its credentials still encrypted, its progress and its failures.</summary>
public sealed record StoredConnection(
    long Id,
    Platform Platform,
    string Account,
    string? ExternalAccountId,
    long? InfluencerId,
    string CredentialsProtected,
    ConnectionState State,
    SyncPhase? ResumePhase,
    string? ResumePostId,
    string? ResumePageToken,
    DateTime? LastSuccessUtc,
    string? LastError,
    string? LastFailure,
    DateTime? LastErrorUtc,
    DateTime? NextAttemptUtc,
    int ConsecutiveFailures,
    DateTime? QuotaDate,
    int QuotaUsed);
