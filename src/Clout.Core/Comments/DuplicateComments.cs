using System.Text;

namespace Clout.Core.Comments;

/// <summary>
/// The same text pasted under many posts, the mark of a bot or an engagement pod. Texts are compared on their letters
/// and digits only (case, spacing, punctuation and emoji ignored). A comment is a duplicate when its text appears under
/// at least <see cref="MinPosts"/> different posts (without post ids: that many times) and either
/// <list type="bullet">
/// <item>the same author wrote it each time, and it has at least <see cref="MinLettersSameAuthor"/> letters, or</item>
/// <item>it is long, at least <see cref="MinLettersAnyAuthor"/> letters, whoever wrote it.</item>
/// </list>
/// Short praise from different people ("love this so much", "this looks amazing") repeats naturally across a large
/// import and is left alone; a long sentence repeated word for word by many accounts is not natural.
/// </summary>
public static class DuplicateComments
{
    public const int MinPosts = 3;

    public const int MinLettersSameAuthor = 6;

    public const int MinLettersAnyAuthor = 40;

    /// <summary>For each comment, under how many posts its text appears as a duplicate (0 when it is not one).</summary>
    public static int[] Count(IReadOnlyList<CommentInput> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var texts = new string[comments.Count];
        var authors = new string?[comments.Count];
        var byText = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var byAuthorAndText = new Dictionary<(string, string), HashSet<string>>();
        for (var i = 0; i < comments.Count; i++)
        {
            texts[i] = Normalize(comments[i].Text);
            authors[i] = AuthorKey(comments[i].Context?.Author);
            // Without a post id every comment counts as its own post.
            var post = comments[i].PostId ?? $"#{i}";
            if (texts[i].Length >= MinLettersAnyAuthor)
            {
                Posts(byText, texts[i]).Add(post);
            }

            if (authors[i] is { } author && texts[i].Length >= MinLettersSameAuthor)
            {
                Posts(byAuthorAndText, (author, texts[i])).Add(post);
            }
        }

        var counts = new int[comments.Count];
        for (var i = 0; i < comments.Count; i++)
        {
            var anyAuthor = byText.TryGetValue(texts[i], out var posts) ? posts.Count : 0;
            var sameAuthor = authors[i] is { } author && byAuthorAndText.TryGetValue((author, texts[i]), out var own) ? own.Count : 0;
            var copies = Math.Max(anyAuthor, sameAuthor);
            counts[i] = copies >= MinPosts ? copies : 0;
        }

        return counts;
    }

    private static HashSet<string> Posts<TKey>(Dictionary<TKey, HashSet<string>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }

    private static string? AuthorKey(string? author) =>
        author?.Trim().TrimStart('@') is { Length: > 0 } handle ? handle.ToLowerInvariant() : null;

    private static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var length = Math.Min(text.Length, CommentScorer.MaxLength);
        var builder = new StringBuilder(length);
        foreach (var c in text.AsSpan(0, length))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
