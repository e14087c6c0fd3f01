using System.Globalization;
using Clout.Core.Roster;

namespace Clout.Storage.Ingestion.Presets;

/// <summary>
/// Meta Business Suite's post export (Insights → Content → Export data), for Instagram and for Facebook: one row per
/// post with its lifetime counts. Instagram names the account ("Account username"); a Facebook page's export does not,
/// so its posts take the influencer given with <c>--influencer</c>. Facebook is stored as the platform <c>other</c>,
/// since Clout's platforms are instagram, tiktok, youtube, x and other.
/// </summary>
internal sealed class MetaPostsPreset : IImportPreset
{
    private const string PostId = "Post ID";
    private const string Username = "Account username";
    private const string PublishTime = "Publish time";
    private const string Permalink = "Permalink";
    private const string PostType = "Post type";
    private const string Date = "Date";

    /// <summary>"Publish time" is written month first, in the account's time zone, with or without seconds.</summary>
    private static readonly string[] PublishFormats = ["M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public string Name => "meta-posts";

    public ImportKind Kind => ImportKind.Posts;

    public string Description => "Meta Business Suite: Insights → Content → Export data (Instagram or Facebook posts, lifetime counts)";

    public bool Recognises(IReadOnlyList<string> header) => header.Has(PostId) && header.Has(PublishTime) && header.Has(Permalink);

    public IEnumerable<PresetRecord> Convert(IRawRecords source, PresetContext context)
    {
        if (!source.Header.Has(Username) && context.Influencer is null)
        {
            context.Fail(source.HeaderLine, null, $"the export has no '{Username}' column (a Facebook page's has none): name the account with --influencer");
            yield break;
        }
        // Facebook counts reactions where Instagram counts likes.
        var likes = source.Header.Has("Likes") ? "Likes" : "Reactions";
        while (source.Read())
        {
            var errors = context.Errors.Count;
            var line = source.Line;
            var date = source.Get(Date);
            if (date is not null && !date.Equals("Lifetime", StringComparison.OrdinalIgnoreCase))
            {
                context.Fail(line, Date, $"is '{FieldReader.Clip(date)}': Clout stores each post's lifetime counts; export with Date set to Lifetime");
            }
            var id = source.Get(PostId);
            if (id is null)
            {
                context.Fail(line, PostId, "is required");
            }
            var handle = ExportFields.Handle(source.Get(Username)) ?? ExportFields.Handle(context.Influencer);
            if (handle is null)
            {
                context.Fail(line, Username, "is empty: name the account with --influencer");
            }
            var platform = PlatformOf(source, context);
            var published = PublishedAt(source, context);
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["post_id"] = id,
                ["influencer_handle"] = handle,
                ["platform"] = platform?.ToName(),
                ["published_at"] = published,
                ["kind"] = KindOf(source.Get(PostType)),
                ["likes"] = ExportFields.RequiredCount(source, likes, context),
                ["comments"] = ExportFields.RequiredCount(source, "Comments", context),
                ["shares"] = ExportFields.Count(source, "Shares", context),
                ["saves"] = ExportFields.Count(source, "Saves", context),
                ["views"] = ExportFields.Count(source, "Views", context),
                ["reach"] = ExportFields.Count(source, "Reach", context),
                ["impressions"] = ExportFields.Count(source, "Impressions", context),
            };
            if (context.Errors.Count == errors)
            {
                yield return new PresetRecord(line, fields);
            }
        }
    }

    /// <summary>Instagram or Facebook by the permalink's host; without a permalink, by the export's columns.</summary>
    private static Platform? PlatformOf(IRawRecords source, PresetContext context)
    {
        var link = source.Get(Permalink);
        if (link is null)
        {
            return source.Header.Has(Username) ? Platform.Instagram : Platform.Other;
        }
        if (Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            var host = uri.Host.ToLowerInvariant();
            if (host == "instagram.com" || host.EndsWith(".instagram.com", StringComparison.Ordinal) || host == "instagr.am")
            {
                return Platform.Instagram;
            }
            if (host is "facebook.com" or "fb.com" or "fb.watch" || host.EndsWith(".facebook.com", StringComparison.Ordinal))
            {
                return Platform.Other;
            }
        }
        context.Fail(source.Line, Permalink, $"'{FieldReader.Clip(link)}' is neither an Instagram nor a Facebook link");
        return null;
    }

    /// <summary>
    /// The export writes local time without a zone, and Clout knows no account's zone: the time is stored as if it were
    /// UTC, which can put a post up to a day off near midnight.
    /// </summary>
    private static string? PublishedAt(IRawRecords source, PresetContext context)
    {
        var value = source.Get(PublishTime);
        if (value is null)
        {
            context.Fail(source.Line, PublishTime, "is required");
            return null;
        }
        if (!DateTime.TryParseExact(value, PublishFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            context.Fail(source.Line, PublishTime, $"'{FieldReader.Clip(value)}' is not a time like 03/15/2026 14:30 (month/day/year)");
            return null;
        }
        return time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>Meta's post types ("IG reel", "IG carousel", "Photos") as the kinds Clout's reports use.</summary>
    private static string? KindOf(string? postType)
    {
        if (postType is null)
        {
            return null;
        }
        var type = postType.Trim().ToLowerInvariant();
        type = type.StartsWith("ig ", StringComparison.Ordinal) ? type[3..].Trim() : type;
        return type switch
        {
            "image" or "photo" or "photos" => "photo",
            "carousel" or "carousel_album" or "album" => "carousel",
            "reel" or "reels" => "reel",
            "video" or "videos" => "video",
            "story" or "stories" => "story",
            _ => type.Length <= 32 ? type : type[..32],
        };
    }
}
