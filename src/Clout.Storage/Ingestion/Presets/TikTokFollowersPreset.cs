using System.Globalization;
using Clout.Core.Text;

namespace Clout.Storage.Ingestion.Presets;

/// <summary>
/// TikTok Studio's follower history (Analytics → Followers → Download data, FollowerHistory.csv): the account's total
/// followers per day. The export names no account (<c>--influencer</c> does) and writes days without a year
/// (<c>--year</c> is the year of its last row; see <see cref="ExportDate.InYear"/>). Only the total is read: the
/// daily difference column is left aside, and a file that has only the difference is refused, since totals cannot be
/// rebuilt from it.
/// </summary>
internal sealed class TikTokFollowersPreset : IImportPreset
{
    private const string Date = "Date";
    private const string Difference = "Difference in followers from previous day";
    private static readonly string[] Totals = ["Followers", "Total followers"];

    public string Name => "tiktok-followers";

    public ImportKind Kind => ImportKind.Followers;

    public string Description => "TikTok Studio: Analytics → Followers → Download data (follower total per day; needs --influencer and --year)";

    /// <summary>Only the export's own columns, so that another file with a "Date" and a "Followers" is not taken for it.</summary>
    public bool Recognises(IReadOnlyList<string> header) =>
        header.Has(Date) && (Totals.Any(header.Has) || header.Has(Difference))
        && header.All(h => h.Equals(Date, StringComparison.OrdinalIgnoreCase) || h.Equals(Difference, StringComparison.OrdinalIgnoreCase)
            || Totals.Any(t => h.Equals(t, StringComparison.OrdinalIgnoreCase)));

    public IEnumerable<PresetRecord> Convert(IRawRecords source, PresetContext context)
    {
        var total = Totals.FirstOrDefault(source.Header.Has);
        if (total is null)
        {
            context.Fail(source.HeaderLine, Difference, "is the only follower column: Clout stores each day's total, which a daily difference cannot give; download the history with its Followers column");
            yield break;
        }
        var handle = ExportFields.Handle(context.Influencer);
        if (handle is null)
        {
            context.Fail(source.HeaderLine, null, "the export does not say whose followers these are: name the influencer with --influencer");
            yield break;
        }
        // Read whole: the year of each day depends on the file's last day. A history is a few hundred rows.
        var days = new List<(long Line, ExportDate Day, string? Text, string? Followers)>();
        while (source.Read())
        {
            var errors = context.Errors.Count;
            var value = source.Get(Date);
            if (!ExportDate.TryParse(value, out var day))
            {
                context.Fail(source.Line, Date, value is null ? "is required" : $"'{FieldReader.Clip(value)}' is not a day like June 3 or 2026-06-03");
            }
            var followers = ExportFields.Count(source, total, context);
            if (context.Errors.Count == errors)
            {
                days.Add((source.Line, day, value, followers));
            }
        }
        if (days.Count == 0)
        {
            yield break;
        }
        var last = days[^1].Day;
        var exportYear = last.Year ?? context.Year;
        if (exportYear is null && days.Any(d => !d.Day.HasYear))
        {
            context.Fail(days[0].Line, Date, $"'{days[0].Text}' has no year: give the year of the export's last day with --year (e.g. --year 2026)");
            yield break;
        }
        foreach (var (line, day, _, followers) in days)
        {
            // TikTok writes "undefined" for a day it has no figure for yet (the last days before the export): nothing to store.
            if (followers is null)
            {
                continue;
            }
            var date = day.InYear(exportYear ?? 0, last);
            if (date is null)
            {
                context.Fail(line, Date, "is no day of that year");
                continue;
            }
            yield return new PresetRecord(line, new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["influencer_handle"] = handle,
                ["platform"] = "tiktok",
                ["date"] = date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["followers"] = followers,
            });
        }
    }
}
