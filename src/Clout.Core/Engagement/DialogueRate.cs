namespace Clout.Core.Engagement;

/// <summary>
/// Share of comment threads the creator replied to. A thread is a top-level comment by someone other than
/// the creator; it counts as answered when any comment under it is a creator reply.
/// </summary>
public static class DialogueRate
{
    public static (int Threads, int Answered) Count(IEnumerable<CommentRef> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var threads = new HashSet<string>(StringComparer.Ordinal);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        var replies = new List<string>();
        foreach (var comment in comments)
        {
            if (string.IsNullOrEmpty(comment.ParentId))
            {
                if (!comment.IsCreatorReply)
                {
                    threads.Add(comment.Id);
                }
            }
            else if (comment.IsCreatorReply)
            {
                replies.Add(comment.ParentId);
            }
        }
        foreach (var parent in replies)
        {
            if (threads.Contains(parent))
            {
                answered.Add(parent);
            }
        }
        return (threads.Count, answered.Count);
    }

    public static double? Of(IEnumerable<CommentRef> comments)
    {
        var (threads, answered) = Count(comments);
        return threads == 0 ? null : (double)answered / threads;
    }
}
