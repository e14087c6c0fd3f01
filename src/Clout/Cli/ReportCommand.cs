using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Presentation;
using Clout.Reports;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using CsvHelper;
using Spectre.Console;

namespace Clout.Cli;

internal static class ReportCommand
{
    public static Command Create()
    {
        var campaign = new Option<string?>("--campaign") { Description = "Only posts of this campaign" };
        var from = new Option<DateTime?>("--from") { Description = "Period start, inclusive (UTC unless an offset is given)" };
        var to = new Option<DateTime?>("--to") { Description = "Period end, exclusive" };
        var format = new Option<string>("--format") { Description = "table, json, csv, html (a self-contained page to share) or pdf (that page printed by headless Chromium)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "html", "pdf");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output (a pdf needs it unless standard output is redirected)" };
        var repeatWindow = new Option<int?>("--repeat-window") { Description = "Days a first-time customer has to order again to count as a repeat buyer (default 90)" };
        var tiers = new Command("tiers", "Per tier: each metric's median over influencers with its 95 % interval, and micro vs celebrity") { campaign, from, to, format, output, repeatWindow, CloutCli.Workspace };
        tiers.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            var (filter, error) = ReportFilter.Create(parse.GetValue(campaign), parse.GetValue(from), parse.GetValue(to), parse.GetValue(repeatWindow));
            if (filter is null)
            {
                Cli.Error(error!);
                return Cli.Usage;
            }
            var chosen = parse.GetValue(format)!;
            var file = parse.GetValue(output);
            if (file is not null && chosen == "table")
            {
                Cli.Error("--output writes json, csv, html or pdf; the table is for the terminal.");
                return Cli.Usage;
            }
            // A PDF is binary: it goes to a file, or to standard output only when that is a pipe or file, never a terminal.
            if (chosen == "pdf" && file is null && !Console.IsOutputRedirected)
            {
                Cli.Error("--format pdf writes binary data: give --output FILE (or redirect standard output to a file).");
                return Cli.Usage;
            }
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is null)
            {
                return Cli.InvalidInput;
            }
            var report = await host.Get<TierReportQuery>().BuildAsync(filter, ct);
            switch (chosen)
            {
                case "json":
                    await WriteTextAsync(file, JsonSerializer.Serialize(TierReportResponse.Of(report), CloutJson.Options) + Environment.NewLine, ct);
                    break;
                case "csv":
                    using (var csv = new StringWriter(CultureInfo.InvariantCulture))
                    {
                        WriteCsv(report, csv);
                        await WriteTextAsync(file, csv.ToString(), ct);
                    }
                    break;
                case "html" or "pdf":
                    ReportFile exported;
                    try
                    {
                        exported = await host.Get<TierReportExport>().ExportAsync(report, chosen, ct);
                    }
                    catch (PdfRenderingException e)
                    {
                        Cli.Error(e.Message);
                        return Cli.InvalidInput;
                    }
                    await WriteBytesAsync(file, exported.Content, ct);
                    if (file is not null)
                    {
                        Cli.Info($"Wrote {file.FullName} ({exported.Content.Length:N0} bytes).");
                    }
                    break;
                default:
                    WriteTable(report);
                    break;
            }
            return Cli.Ok;
        }));
        var campaignFormat = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        campaignFormat.AcceptOnlyFromAmong("table", "json");
        var campaigns = new Command("campaigns", "Per campaign: cost, revenue, orders, and ROAS, ROI, CPM, CPE, CPC, CPA") { campaignFormat, CloutCli.Workspace };
        campaigns.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is null)
            {
                return Cli.InvalidInput;
            }
            var (rows, currency, margin) = await host.Get<CampaignEconomicsQuery>().LoadAsync(ct);
            var response = new CampaignEconomicsListResponse(currency, margin, [.. rows.Select(c => CampaignEconomicsResponse.Of(c, margin))]);
            if (parse.GetValue(campaignFormat) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(response, CloutJson.Options));
                return Cli.Ok;
            }
            var table = new Table().Title($"Campaigns{(currency is null ? "" : $" · money in {Markup.Escape(currency)}")}")
                .AddColumns("Campaign", "Cost", "Revenue", "Orders", "ROAS", "ROI", "CPM", "CPE", "CPC", "CPA");
            foreach (var c in response.Campaigns)
            {
                table.AddRow(Markup.Escape(c.Campaign), Format.Money(c.Cost), Format.Money(c.Revenue), c.Orders is { } orders ? orders.ToString("N0", CultureInfo.InvariantCulture) : Format.None,
                    Format.Ratio(c.Roas), c.Roi is { } roi ? Format.Percent(roi) : Format.None,
                    Format.Money(c.Cpm), Format.Money(c.Cpe), Format.Money(c.Cpc), Format.Money(c.Cpa));
            }
            AnsiConsole.Write(table);
            if (margin is null)
            {
                AnsiConsole.MarkupLine("[grey]ROI needs the gross margin: clout workspace settings --margin 40%[/]");
            }
            return Cli.Ok;
        }));
        return new Command("report", "Reports") { tiers, campaigns };
    }

    private static async Task WriteTextAsync(FileInfo? file, string text, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            Console.Write(text);
            return;
        }
        await File.WriteAllTextAsync(file.FullName, text, cancellationToken);
    }

    private static async Task WriteBytesAsync(FileInfo? file, byte[] content, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(content, cancellationToken);
            return;
        }
        await File.WriteAllBytesAsync(file.FullName, content, cancellationToken);
    }

    private static void WriteCsv(TierReport report, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var header in new[] { "tier", "influencers", "posts", "metric", "value", "low", "high", "n" })
        {
            csv.WriteField(header);
        }
        csv.NextRecord();
        foreach (var tier in report.Tiers)
        {
            foreach (var (metric, estimate) in tier.Metrics)
            {
                csv.WriteField(tier.Tier.ToName());
                csv.WriteField(tier.Influencers);
                csv.WriteField(tier.Posts);
                csv.WriteField(metric);
                csv.WriteField(estimate.Value);
                csv.WriteField(estimate.Low);
                csv.WriteField(estimate.High);
                csv.WriteField(estimate.N);
                csv.NextRecord();
            }
        }
        // UGC lines: the tier that sparked them (or campaign-wide), counted over posts by others, not over influencers.
        foreach (var line in report.Ugc?.Tiers ?? [])
        {
            foreach (var (metric, value) in new[] { ("ugc_posts", (double?)line.Posts), ("ugc_engagement", line.Engagement), ("ugc_engagement_per_post", line.EngagementPerPost) })
            {
                csv.WriteField(UgcResponse.TierName(line));
                csv.WriteField(null);
                csv.WriteField(null);
                csv.WriteField(metric);
                csv.WriteField(value);
                csv.WriteField(null);
                csv.WriteField(null);
                csv.WriteField(line.Posts);
                csv.NextRecord();
            }
        }
    }

    /// <summary>The conversions table's columns; aov and cpc stay in json and csv, where width is no issue.</summary>
    private static readonly MetricDefinition[] ConversionColumns =
        [Metrics.Clicks, Metrics.UniqueVisitors, Metrics.Orders, Metrics.ConversionRate, Metrics.Revenue, Metrics.Roas, Metrics.Roi, Metrics.Cpa];

    private static void WriteTable(TierReport report)
    {
        AnsiConsole.Write(Table($"Tier report · workspace {Markup.Escape(report.Workspace)}", report, Metrics.Engagement));
        if (report.Tiers.Any(t => ConversionColumns.Any(m => t.Metrics.ContainsKey(m.Name))))
        {
            var money = report.Currency is { } currency ? $" · money in {Markup.Escape(currency)}" : "";
            AnsiConsole.Write(Table($"Conversions{money}", report, ConversionColumns));
        }
        if (report.Loyalty is { } loyalty && loyalty.Tiers.Count > 0)
        {
            AnsiConsole.Write(Table($"Loyalty and sales dynamics · back within {loyalty.WindowDays} days; a campaign post's orders over 14 days", report, Metrics.Loyalty));
            foreach (var tier in loyalty.Tiers.Where(t => t.Repeat.Rate is not null))
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"  {tier.Tier.ToName()}: {tier.Repeat.Repeaters:N0} of {tier.Repeat.Customers:N0} first-time customers came back ({Format.Metric(Metrics.RepeatRate, tier.Repeat.Rate!.Value)} {Format.Interval(tier.Repeat.Rate, Metrics.RepeatRate)}, pooled)");
            }
            if (loyalty.TooRecent > 0)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [grey]{loyalty.TooRecent:N0} newer customers are not counted yet: their {loyalty.WindowDays} days have not passed[/]");
            }
        }
        if (report.Tiers.Any(t => Metrics.Comments.Any(m => t.Metrics.ContainsKey(m.Name))))
        {
            AnsiConsole.Write(Table("Comments (shares per influencer, median per tier; spam excluded from the others)", report, Metrics.Comments));
        }
        if (report.Tiers.Any(t => Metrics.Survey.Any(m => t.Metrics.ContainsKey(m.Name))))
        {
            AnsiConsole.Write(Table("Trust surveys", report, Metrics.Survey));
        }
        if (report.Tiers.Any(t => Metrics.Authenticity.Any(m => t.Metrics.ContainsKey(m.Name))))
        {
            AnsiConsole.Write(Table("Authenticity · quality-adjusted reach = followers × (1 − fake share)", report, Metrics.Authenticity));
        }
        if (report.Ugc is { } ugc)
        {
            WriteUgc(ugc);
        }
        foreach (var contrast in report.Contrasts.Where(c => c.A == Tier.Micro && c.B == Tier.Celebrity))
        {
            AnsiConsole.MarkupLineInterpolated($"{(contrast.NamesWinner ? "•" : "·")} {contrast.Verdict}");
        }
        if (report.Claims.Any(c => c.Finding != ClaimFinding.NotMeasured))
        {
            AnsiConsole.WriteLine();
            AnsiConsole.MarkupLine("[bold]What the industry claims, and what your data say[/]");
            foreach (var check in report.Claims.Where(c => c.Finding != ClaimFinding.NotMeasured))
            {
                AnsiConsole.MarkupLineInterpolated($"{(check.Finding is ClaimFinding.Consistent ? "✓" : check.Finding is ClaimFinding.NotEnoughData ? "·" : "✗")} {check.Sentence}");
            }
        }
    }

    private static void WriteUgc(UgcReport ugc)
    {
        var table = new Table().Title("User-generated content · posts by others carrying a campaign's hashtag, promo code or link; engagement = likes + comments + shares")
            .AddColumns("Sparked by", "UGC posts", "Engagement", "Per UGC post");
        foreach (var line in ugc.Tiers)
        {
            table.AddRow(UgcResponse.TierName(line), line.Posts.ToString("N0", CultureInfo.InvariantCulture),
                line.Engagement.ToString("N0", CultureInfo.InvariantCulture), line.EngagementPerPost is { } per ? per.ToString("N1", CultureInfo.InvariantCulture) : Format.None);
        }
        table.AddRow("[bold]all[/]", ugc.Posts.ToString("N0", CultureInfo.InvariantCulture), ugc.Engagement.ToString("N0", CultureInfo.InvariantCulture),
            ugc.EngagementPerPost is { } all ? all.ToString("N1", CultureInfo.InvariantCulture) : Format.None);
        AnsiConsole.Write(table);
    }

    private static Table Table(string title, TierReport report, IReadOnlyList<MetricDefinition> metrics)
    {
        var table = new Table().Title(title).AddColumns("Tier", "Influencers", "Posts");
        foreach (var metric in metrics)
        {
            table.AddColumn(new TableColumn(Markup.Escape(metric.Name)).RightAligned());
        }
        foreach (var tier in report.Tiers)
        {
            var cells = new List<string> { tier.Tier.ToName(), tier.Influencers.ToString(CultureInfo.InvariantCulture), tier.Posts.ToString("N0", CultureInfo.InvariantCulture) };
            foreach (var metric in metrics)
            {
                cells.Add(tier.Metrics.TryGetValue(metric.Name, out var e)
                    ? $"{Markup.Escape(Format.Metric(metric, e.Value))}\n[grey]{Markup.Escape(Format.Interval(e, metric))}[/]"
                    : "[grey]—[/]");
            }
            table.AddRow([.. cells]);
        }
        return table;
    }
}
