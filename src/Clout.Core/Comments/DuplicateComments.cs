using System.Text;

namespace Clout.Core.Comments;

/// <summary>
/// The same text pasted under many posts, the mark of a bot or an engagement pod. Texts are compared after
/// normalisation (lower case, letters and digits only, elongation kept as written), and a text counts as duplicated
/// when it appears under at least <see cref="MinCopies"/> different posts (or, for comments without a post id,
/// <see cref="MinCopies"/> times). Very short texts ("nice", "wow") are left alone: people really do write those
/// everywhere, so they must be at least <see cref="MinLetters"/> letters long.
/// </summary>
public static class DuplicateComments
{
    public const int MinCopies = 3;

    public const int MinLetters = 12;

    /// <summary>For each comment, under how many posts its text appears (0 when too short to judge).</summary>
    public static int[] Count(IReadOnlyList<CommentInput> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var keys = new string?[comments.Count];
        var posts = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < comments.Count; i++)
        {
            var key = Normalize(comments[i].Text);
            if (key.Length < MinLetters)
            {
                continue;
            }

            keys[i] = key;
            if (!posts.TryGetValue(key, out var set))
            {
                posts[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            // Without a post id every comment counts as its own post.
            set.Add(comments[i].PostId ?? $"#{i}");
        }

        var counts = new int[comments.Count];
        for (var i = 0; i < comments.Count; i++)
        {
            counts[i] = keys[i] is { } key ? posts[key].Count : 0;
        }

        return counts;
    }

    private static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(text.Length, CommentScorer.MaxLength));
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, CommentScorer.MaxLength)))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
