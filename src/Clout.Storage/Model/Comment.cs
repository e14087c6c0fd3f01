namespace Clout.Storage.Model;

public sealed class Comment : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public long PostId { get; set; }
    public required string ExternalId { get; set; }
    public string? Author { get; set; }
    public required string Text { get; set; }
    public DateTime? CreatedAtUtc { get; set; }
    public long Likes { get; set; }
    public bool IsCreatorReply { get; set; }
    /// <summary>The comment_id this one answers; null for a thread's first comment.</summary>
    public string? ParentExternalId { get; set; }

    // Scores from Clout.Core.Comments.CommentScorer, written on import; null for a comment stored before scoring
    // existed (left out of the comment shares). Flags are score ≥ FlagScore.Threshold, sentiment labels compound ≥ ±0.05.
    public double? SentimentCompound { get; set; }
    public double? SkepticalScore { get; set; }
    public double? IntentScore { get; set; }
    public double? SpamScore { get; set; }
}
