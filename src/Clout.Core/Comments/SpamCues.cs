using static Clout.Core.Comments.CueWeights;

namespace Clout.Core.Comments;

/// <summary>
/// Spam and bot comments: promotion of other accounts, follow-for-follow, money offers, "DM us to collab", links,
/// mentions; emoji-only bursts and duplicates are found by <see cref="CommentScorer"/> (they are about the whole text).
/// </summary>
internal static class SpamCues
{
    public static readonly CuePhrases Phrases = new(
    [
        // Promotion of the commenter's own or another account.
        ("follow me", Strong), ("follow back", Strong), ("follow her", Medium), ("follow us", Strong),
        ("followed you", Strong), ("follow for follow", Strong), ("follow4follow", Strong), ("f4f", Strong),
        ("like for like", Strong), ("like4like", Strong), ("l4l", Strong), ("sub4sub", Strong),
        ("check my", Strong), ("check out my", Strong), ("check our", Strong), ("visit my", Strong), ("visit our", Strong),
        ("my page", Medium), ("our page", Strong), ("my profile", Medium), ("our profile", Strong), ("my account", Medium),
        ("my bio", Strong), ("bio link", Strong), ("my story", Medium), ("my new song", Strong), ("check them out", Medium),
        ("dm us", Strong), ("dm me", Weak), ("dm to", Strong), ("send us a dm", Strong), ("message us", Strong),
        ("message me", Medium), ("sent you a dm", Strong), ("collab", Medium), ("collaborate", Medium),
        ("be featured", Strong), ("feature you", Strong), ("brand ambassador", Strong), ("ambassador", Medium),
        ("promote your", Strong), ("promote you", Strong), ("to promote", Medium), ("send pic", Strong),
        ("more likes", Strong), ("free followers", Strong), ("real followers", Strong), ("followers instantly", Strong),
        ("1000 followers", Strong),
        // Money, prizes and scams.
        ("earn", Medium), ("make money", Strong), ("a day from", Strong), ("from home", Medium), ("ask me how", Strong),
        ("crypto", Strong), ("bitcoin", Strong), ("forex", Strong), ("invest", Medium), ("investment", Medium),
        ("returns", Weak), ("cashapp", Strong), ("cash app", Strong), ("whatsapp", Strong), ("telegram", Strong),
        ("giveaway", Medium), ("to win", Medium), ("you have won", Strong), ("you won", Medium), ("claim your", Strong),
        ("free iphone", Strong), ("gift card", Strong), ("hot singles", Strong), ("onlyfans", Strong),
        ("tap the link", Strong), ("click the link", Strong), ("click here", Strong), ("link in my bio", Strong),
        // Generic praise that bots paste under any post.
        ("nice pic", Weak), ("nice post", Weak), ("great post", Weak), ("great content", Weak), ("love your content", Weak),
        ("beautiful feed", Weak), ("nice feed", Weak),
        // Families and single words of self-promotion.
        ("subscribe", Medium), ("my channel", Strong), ("our channel", Strong), ("my shop", Strong), ("my store", Strong),
        ("engagement", Medium), ("grow your", Strong), ("dm", Weak), ("selected", Medium), ("contact @", Strong),
    ],
    negatable: false);

    /// <summary>A link in a comment: promotion more often than not.</summary>
    public const double LinkWeight = Medium;

    /// <summary>A mention of another account (@name) is how promotion of other accounts reads; weak alone.</summary>
    public const double MentionWeight = Weak;

    /// <summary>"follow @x", "on @x", "visit @x": a mention that sends readers to another account.</summary>
    public const double PointedMentionWeight = Medium;

    public static readonly HashSet<string> PointingWords = ["follow", "on", "visit", "check", "join", "at", "with"];

    /// <summary>Only emoji, at least <see cref="EmojiBurstCount"/> of them: the low-effort comment bots and pods leave.</summary>
    public const double EmojiBurstWeight = Medium;

    public const int EmojiBurstCount = 3;

    /// <summary>The same text under several posts (see <see cref="DuplicateComments"/>).</summary>
    public const double DuplicateWeight = Strong;
}
