using System.Globalization;
using System.Text.RegularExpressions;
using Clout.Core.Text;

namespace Clout.Storage.Ingestion.Presets;

/// <summary>
/// TikTok Studio's content export (Analytics → Content → Download data): one row per video with its title, link, day of
/// posting and total counts. The day has no year ("June 3"): the export's year comes from <c>--year</c>, and the
/// export's own day from its "Time" column (see <see cref="ExportDate.InYear"/>). The video id and the account are
/// read from the link; <c>--influencer</c>, when given, must be the link's account.
/// </summary>
internal sealed partial class TikTokVideosPreset : IImportPreset
{
    private const string Link = "Video link";
    private const string PostTime = "Post time";
    private const string ExportTime = "Time";

    public string Name => "tiktok-videos";

    public ImportKind Kind => ImportKind.Posts;

    public string Description => "TikTok Studio: Analytics → Content → Download data (videos with total views, likes, comments, shares; needs --year)";

    public bool Recognises(IReadOnlyList<string> header) =>
        header.Has(PostTime) && header.Has("Total views") && (header.Has(Link) || header.Has("Video title"));

    public IEnumerable<PresetRecord> Convert(IRawRecords source, PresetContext context)
    {
        if (!source.Header.Has(Link))
        {
            context.Fail(source.HeaderLine, null, $"the export has no '{Link}' column: Clout reads each video's id from its link");
            yield break;
        }
        while (source.Read())
        {
            var errors = context.Errors.Count;
            var line = source.Line;
            var (id, handle, kind) = ReadLink(source, context);
            var day = ReadDay(source, PostTime, context);
            var exportDay = source.Header.Has(ExportTime) ? ReadDay(source, ExportTime, context) : ExportDate.EndOfYear;
            var exportYear = exportDay?.Year ?? context.Year;
            if (day is { HasYear: false } && exportYear is null)
            {
                // One error, not one per row: every row lacks the same year.
                context.Fail(line, PostTime, $"'{source.Get(PostTime)}' has no year: give the year the export was downloaded with --year (e.g. --year 2026)");
                yield break;
            }
            string? published = null;
            if (day is { } d && exportDay is { } last)
            {
                var date = d.InYear(exportYear ?? 0, last);
                if (date is null)
                {
                    context.Fail(line, PostTime, $"'{source.Get(PostTime)}' is no day of that year");
                }
                published = date is { } known ? known.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z" : null;
            }
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["post_id"] = id,
                ["influencer_handle"] = Account(handle, context, line),
                ["platform"] = "tiktok",
                ["published_at"] = published,
                ["kind"] = kind,
                ["likes"] = ExportFields.RequiredCount(source, "Total likes", context),
                ["comments"] = ExportFields.RequiredCount(source, "Total comments", context),
                ["shares"] = ExportFields.Count(source, "Total shares", context),
                ["views"] = ExportFields.Count(source, "Total views", context),
            };
            if (context.Errors.Count == errors)
            {
                yield return new PresetRecord(line, fields);
            }
        }
    }

    /// <summary>The video's id, its account and whether it is a video or a photo post, from its link.</summary>
    private static (string? Id, string? Handle, string? Kind) ReadLink(IRawRecords source, PresetContext context)
    {
        var link = source.Get(Link);
        var match = link is null ? null : LinkPattern().Match(link);
        if (match is null || !match.Success)
        {
            context.Fail(source.Line, Link, link is null ? "is required: Clout reads the video's id from it"
                : $"'{FieldReader.Clip(link)}' is not a TikTok video link like https://www.tiktok.com/@name/video/7412345678901234567");
            return (null, null, null);
        }
        var handle = match.Groups["handle"].Success ? match.Groups["handle"].Value : null;
        return (match.Groups["id"].Value, handle, match.Groups["kind"].Value.ToLowerInvariant());
    }

    private static ExportDate? ReadDay(IRawRecords source, string column, PresetContext context)
    {
        var value = source.Get(column);
        if (ExportDate.TryParse(value, out var day))
        {
            return day;
        }
        context.Fail(source.Line, column, value is null ? "is required" : $"'{FieldReader.Clip(value)}' is not a day like June 3 or 2026-06-03");
        return null;
    }

    /// <summary>The influencer given with --influencer, else the link's account; the two must agree.</summary>
    private static string? Account(string? linkHandle, PresetContext context, long line)
    {
        var given = ExportFields.Handle(context.Influencer);
        if (given is not null && linkHandle is not null && !string.Equals(given, linkHandle, StringComparison.OrdinalIgnoreCase))
        {
            context.Fail(line, Link, $"is a video of @{linkHandle}, not of @{given} given with --influencer");
            return null;
        }
        var handle = given ?? linkHandle;
        if (handle is null)
        {
            context.Fail(line, Link, "names no account: name it with --influencer");
        }
        return handle;
    }

    [GeneratedRegex(@"tiktok\.com/(?:@(?<handle>[^/?#]+)/)?(?<kind>video|photo)/(?<id>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
