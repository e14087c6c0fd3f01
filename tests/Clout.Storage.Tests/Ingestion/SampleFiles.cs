using System.Globalization;
using System.Text;
using System.Text.Json;
using Clout.Storage.Ingestion;

namespace Clout.Storage.Tests.Ingestion;

/// <summary>
/// A small roster as records (column → value), rendered as CSV, a JSON array or JSON Lines, so that every
/// format is checked against the same expectations.
/// </summary>
internal static class SampleFiles
{
    public const string Csv = "csv";
    public const string JsonArray = "json-array";
    public const string JsonLines = "json-lines";

    public static IReadOnlyList<Record> Influencers { get; } =
    [
        new() { ["handle"] = "lena.bakes", ["platform"] = "instagram", ["display_name"] = "Lena", ["niche"] = "food", ["followers"] = 25_000, ["following"] = 300, ["country"] = "de" },
        new() { ["handle"] = "@Max_Runs", ["platform"] = "tiktok", ["display_name"] = "Max, the runner", ["niche"] = "fitness", ["followers"] = 2_500_000, ["following"] = null, ["country"] = "FR" },
    ];

    public static IReadOnlyList<Record> Posts { get; } =
    [
        new() { ["post_id"] = "p1", ["influencer_handle"] = "lena.bakes", ["platform"] = "instagram", ["published_at"] = "2026-03-01T18:30:00Z", ["kind"] = "photo", ["sponsored"] = false, ["campaign"] = null, ["likes"] = 900, ["comments"] = 40, ["shares"] = 10, ["saves"] = 20, ["views"] = null, ["reach"] = 5_000, ["impressions"] = 7_000 },
        new() { ["post_id"] = "p2", ["influencer_handle"] = "max_runs", ["platform"] = "tiktok", ["published_at"] = "2026-03-02T09:00:00+02:00", ["kind"] = "reel", ["sponsored"] = true, ["campaign"] = "Spring 2026", ["likes"] = 50_000, ["comments"] = 800, ["shares"] = 300, ["saves"] = 100, ["views"] = 900_000, ["reach"] = 600_000, ["impressions"] = 800_000 },
    ];

    public static IReadOnlyList<Record> Comments { get; } =
    [
        new() { ["comment_id"] = "c1", ["post_id"] = "p1", ["author"] = "anna12", ["text"] = "where can I buy this, \"link\"?", ["created_at"] = "2026-03-01T19:00:00Z", ["likes"] = 3, ["is_creator_reply"] = false, ["parent_id"] = null },
        new() { ["comment_id"] = "c2", ["post_id"] = "p1", ["author"] = "lena.bakes", ["text"] = "link in bio!\nuse LENA10 😍", ["created_at"] = "2026-03-01T19:05:00Z", ["likes"] = 1, ["is_creator_reply"] = true, ["parent_id"] = "c1" },
        new() { ["comment_id"] = "c3", ["post_id"] = "p2", ["author"] = "bot", ["text"] = "follow me", ["created_at"] = null, ["likes"] = 0, ["is_creator_reply"] = null, ["parent_id"] = null },
    ];

    public static IReadOnlyList<Record> Followers { get; } =
    [
        new() { ["influencer_handle"] = "lena.bakes", ["platform"] = "instagram", ["date"] = "2026-02-01", ["followers"] = 24_000, ["following"] = 300 },
        new() { ["influencer_handle"] = "lena.bakes", ["platform"] = "instagram", ["date"] = "2026-03-01", ["followers"] = 25_000, ["following"] = 300 },
        new() { ["influencer_handle"] = "max_runs", ["platform"] = "tiktok", ["date"] = "2026-03-01", ["followers"] = 2_500_000, ["following"] = null },
    ];

    public static IReadOnlyList<Record> Collaborations { get; } =
    [
        new() { ["campaign"] = "Spring 2026", ["influencer_handle"] = "lena.bakes", ["platform"] = "instagram", ["fee"] = "1500.50", ["product_cost"] = 25, ["commission_rate"] = "10%", ["promo_code"] = "LENA10", ["link_code"] = "lena-spring", ["destination_url"] = "https://shop.example/p?ref=lena" },
        new() { ["campaign"] = "Spring 2026", ["influencer_handle"] = "max_runs", ["platform"] = "tiktok", ["fee"] = 25_000, ["product_cost"] = null, ["commission_rate"] = 0.05, ["promo_code"] = "MAX10", ["link_code"] = "max-spring", ["destination_url"] = "https://shop.example/p" },
    ];

    /// <summary>The five kinds in the order an import must follow: rows refer to earlier kinds.</summary>
    public static IReadOnlyList<(ImportKind Kind, IReadOnlyList<Record> Records)> All { get; } =
    [
        (ImportKind.Influencers, Influencers),
        (ImportKind.Posts, Posts),
        (ImportKind.Comments, Comments),
        (ImportKind.Followers, Followers),
        (ImportKind.Collaborations, Collaborations),
    ];

    public static ImportFormat FormatOf(string layout) => layout == Csv ? ImportFormat.Csv : ImportFormat.Json;

    public static string Render(string layout, IReadOnlyList<Record> records) => layout switch
    {
        Csv => ToCsv(records),
        JsonArray => ToJsonArray(records),
        JsonLines => ToJsonLines(records),
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
    };

    /// <summary>RFC 4180: a header from the first record's columns, fields quoted when they need it.</summary>
    public static string ToCsv(IReadOnlyList<Record> records)
    {
        var columns = records[0].Keys.ToList();
        var csv = new StringBuilder();
        csv.Append(string.Join(",", columns)).Append('\n');
        foreach (var record in records)
        {
            csv.Append(string.Join(",", columns.Select(c => CsvField(record.GetValueOrDefault(c))))).Append('\n');
        }
        return csv.ToString();
    }

    /// <summary>An indented array, so that records span several lines as hand-written files do.</summary>
    public static string ToJsonArray(IReadOnlyList<Record> records) =>
        JsonSerializer.Serialize(records, Indented);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string ToJsonLines(IReadOnlyList<Record> records) =>
        string.Concat(records.Select(r => JsonSerializer.Serialize(r) + "\n"));

    public static string CsvField(object? value)
    {
        var text = value switch
        {
            null => "",
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}

/// <summary>One record of a file: column name → value (string, number, bool or null).</summary>
internal sealed class Record : Dictionary<string, object?>
{
    public Record() : base(StringComparer.Ordinal)
    {
    }

    public Record(Record other) : base(other, StringComparer.Ordinal)
    {
    }

    public Record With(string column, object? value) => new(this) { [column] = value };
}
