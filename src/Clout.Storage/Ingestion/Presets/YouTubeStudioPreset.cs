using System.Globalization;

namespace Clout.Storage.Ingestion.Presets;

/// <summary>
/// YouTube Studio → Analytics → Advanced mode → Export current view → Comma-separated values: the "Table data.csv" of
/// the export, one row per video (<c>Content</c> is the video id) after a first row of totals, which is left out.
/// The export does not name the channel, so the influencer is given with the import; the platform is YouTube. Likes
/// and Comments are metrics the user adds to the view: without them the file is refused rather than stored as
/// videos nobody liked, which would read as a collapse in engagement.
/// </summary>
internal sealed class YouTubeStudioPreset : IImportPreset
{
    private const string ContentColumn = "Content";
    private const string PublishedColumn = "Video publish time";

    /// <summary>Studio writes the publish day in English ("Jan 5, 2024"); ISO days are read too.</summary>
    private static readonly string[] DayFormats = ["MMM d, yyyy", "MMM dd, yyyy", "MMMM d, yyyy", "yyyy-MM-dd"];

    /// <summary>The metrics Clout's posts need that Studio leaves out unless the user adds them.</summary>
    private static readonly string[] Required = ["Likes", "Comments"];

    public string Name => "youtube-studio";

    public ImportKind Kind => ImportKind.Posts;

    public string Description => "YouTube Studio → Analytics → Advanced mode → Export current view → CSV (\"Table data.csv\", or the zip): one channel's videos, with --influencer";

    public bool Recognises(IReadOnlyList<string> header) =>
        new[] { ContentColumn, "Video title", PublishedColumn }.All(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));

    public IEnumerable<PresetRecord> Convert(IRawRecords source, PresetContext context)
    {
        if (context.Influencer is not { } influencer)
        {
            context.Fail(source.HeaderLine, null, "a YouTube Studio export does not say whose channel it is: name the influencer with --influencer HANDLE");
            yield break;
        }
        var missing = new[] { ContentColumn, PublishedColumn }.Concat(Required)
            .Where(c => !source.Header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            context.Fail(source.HeaderLine, missing[0], $"the export has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}; in YouTube Studio's Advanced mode add the metrics Likes and Comments to the table (+ next to the metrics), then export again");
            yield break;
        }
        while (source.Read())
        {
            var id = source.Get(ContentColumn);
            if (string.Equals(id, "Total", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (id is null)
            {
                context.Fail(source.Line, ContentColumn, "is empty: expected the video's id");
                continue;
            }
            var published = source.Get(PublishedColumn);
            if (published is null || !DateTime.TryParseExact(published, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                context.Fail(source.Line, PublishedColumn, published is null
                    ? "is empty: expected the day the video was published"
                    : $"'{published}' is not a day as YouTube Studio writes it, e.g. Jan 5, 2024");
                continue;
            }
            yield return new PresetRecord(source.Line, new Dictionary<string, string?>
            {
                ["post_id"] = id,
                ["influencer_handle"] = influencer,
                ["platform"] = "youtube",
                // Studio gives the day only, in the channel's time zone: the day is kept, at midnight UTC.
                ["published_at"] = day.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture),
                ["kind"] = "video",
                ["likes"] = source.Get("Likes"),
                ["comments"] = source.Get("Comments"),
                ["shares"] = source.Get("Shares"),
                ["views"] = source.Get("Views"),
                ["impressions"] = source.Get("Impressions"),
            });
        }
    }
}
