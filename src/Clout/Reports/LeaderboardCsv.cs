using System.Globalization;
using System.Text;
using Clout.Core.Reports;
using CsvHelper;

namespace Clout.Reports;

/// <summary>
/// The leaderboard as CSV (RFC 4180, UTF-8, invariant culture, a header row), written from the API's JSON response so
/// the two carry the same figures: numbers unrounded as the JSON writes them, money rounded to the cent, an empty cell
/// where the JSON has no figure. The metrics are the page's columns; a metric that rests on a count of its own adds
/// <c>_low</c>, <c>_high</c> and <c>_n</c> columns.
/// </summary>
public static class LeaderboardCsv
{
    /// <summary>The metrics that come with a count and an interval (<see cref="InfluencerUnit.Estimates"/>).</summary>
    private static readonly HashSet<string> WithEstimate = [Metrics.ConversionRate.Name, Metrics.TrustScore.Name, Metrics.Nps.Name, Metrics.RepeatRate.Name, Metrics.SkepticalShare.Name];

    public static IReadOnlyList<string> Header { get; } =
    [
        "id", "handle", "display_name", "platform", "tier", "posts", "cost",
        .. InfluencerLeaderboard.Columns.SelectMany(m => WithEstimate.Contains(m.Name) ? [m.Name, m.Name + "_low", m.Name + "_high", m.Name + "_n"] : new[] { m.Name }),
        "flags", "flag_reasons",
    ];

    public static byte[] Write(LeaderboardResponse leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture, leaveOpen: true))
        {
            foreach (var header in Header)
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var row in leaderboard.Influencers)
            {
                csv.WriteField(row.Id);
                csv.WriteField(Text(row.Handle));
                csv.WriteField(Text(row.DisplayName));
                csv.WriteField(row.Platform);
                csv.WriteField(row.Tier);
                csv.WriteField(row.Posts);
                csv.WriteField(row.Cost);
                foreach (var metric in InfluencerLeaderboard.Columns)
                {
                    var value = row.Metrics.GetValueOrDefault(metric.Name);
                    csv.WriteField(value?.Value);
                    if (WithEstimate.Contains(metric.Name))
                    {
                        csv.WriteField(value?.Low);
                        csv.WriteField(value?.High);
                        csv.WriteField(value?.N);
                    }
                }
                csv.WriteField(string.Join(';', row.Flags.Select(f => f.Flag)));
                csv.WriteField(Text(string.Join("; ", row.Flags.Select(f => f.Reason))));
                csv.NextRecord();
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// Text a spreadsheet could run as a formula gets a leading apostrophe, as CsvHelper's InjectionOptions.Escape does;
    /// that option is not used because it would also turn a negative number (an NPS of -10) into text.
    /// </summary>
    private static string? Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '@' or '+' or '-' or '\t' or '\r' ? "'" + value : value;

    /// <summary>"influencers-demo-summer-2026-03-01-2026-03-31.csv": like the report files, the scope in the name.</summary>
    public static string FileName(LeaderboardResponse leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var name = TierReportExport.FileName(new TierReport(leaderboard.Workspace, leaderboard.From, leaderboard.To, [], []) { Campaign = leaderboard.Campaign });
        return "influencers" + name["tier-report".Length..] + ".csv";
    }
}
