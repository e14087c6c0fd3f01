using Clout.Core.Connectors;
using Clout.Core.Roster;

namespace Clout.Storage.Model;

/// <summary>
/// An account on a platform that Clout reads by itself (a connector), the influencer it feeds, its credentials
/// (encrypted by the app: the store holds only ciphertext) and where its syncing stands.
/// </summary>
public sealed class Connection : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public Platform Platform { get; set; }

    /// <summary>The account as given when connecting: an id or a handle.</summary>
    public required string Account { get; set; }

    /// <summary>The platform's own id of the account, once a call has resolved it.</summary>
    public string? ExternalAccountId { get; set; }

    public long? InfluencerId { get; set; }
    public required string CredentialsProtected { get; set; }
    public ConnectionState State { get; set; }
    public SyncPhase? ResumePhase { get; set; }

    /// <summary>In the comments phase, the post whose comments were being listed.</summary>
    public string? ResumePostId { get; set; }

    public string? ResumePageToken { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LastSuccessUtc { get; set; }
    public string? LastError { get; set; }

    /// <summary>The kind of the last failure (the app's names: "quotaexceeded", "tokenexpired" …), for words a marketer understands.</summary>
    public string? LastFailure { get; set; }

    public DateTime? LastErrorUtc { get; set; }
    public DateTime? NextAttemptUtc { get; set; }
    public int ConsecutiveFailures { get; set; }

    /// <summary>The platform's day (in its quota's time zone) that <see cref="QuotaUsed"/> counts.</summary>
    public DateTime? QuotaDate { get; set; }

    public int QuotaUsed { get; set; }
}
