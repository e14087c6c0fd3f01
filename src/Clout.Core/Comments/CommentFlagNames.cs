namespace Clout.Core.Comments;

/// <summary>The snake_case names of <see cref="CommentFlag"/> used in URLs and JSON ("creator_reply").</summary>
public static class CommentFlagNames
{
    public static string ToName(this CommentFlag flag) => flag switch
    {
        CommentFlag.CreatorReply => "creator_reply",
        _ => flag.ToString().ToLowerInvariant(),
    };

    /// <summary>Parses a name; null or empty is <see cref="CommentFlag.All"/>, anything unknown is false.</summary>
    public static bool TryParse(string? name, out CommentFlag flag)
    {
        flag = CommentFlag.All;
        if (string.IsNullOrEmpty(name))
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<CommentFlag>())
        {
            if (string.Equals(candidate.ToName(), name, StringComparison.OrdinalIgnoreCase))
            {
                flag = candidate;
                return true;
            }
        }

        return false;
    }
}
