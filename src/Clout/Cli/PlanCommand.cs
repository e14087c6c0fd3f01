using System.CommandLine;
using System.Text.Json;
using Clout.Core.Campaigns;
using Clout.Core.Planning;
using Clout.Core.Roster;
using Clout.Planning;
using Clout.Presentation;
using Clout.Storage.Campaigns;
using Clout.Storage.Planning;
using Spectre.Console;

namespace Clout.Cli;

internal static class PlanCommand
{
    /// <summary>The API's field names as the command line spells them, so that an error names the flag to fix.</summary>
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        [PlanForm.BudgetField] = "--budget",
        [PlanForm.GoalField] = "--goal",
        [PlanForm.PerThousandReachField] = "--per-thousand-reach",
        [PlanForm.PerEngagementField] = "--per-engagement",
        [PlanForm.PerOrderField] = "--per-order",
        [PlanForm.MinRoasField] = "--min-roas",
        [PlanForm.SpendAllField] = "--spend-all",
    };

    public static Command Create()
    {
        var budget = new Option<decimal?>("--budget") { Description = "What the posts may cost in total, in major units of the workspace currency (e.g. 20000)" };
        var goal = new Option<string?>("--goal") { Description = "profit (expected revenue × the workspace's gross margin − cost), reach, engagement, conversions, or blend (with the weights below)" };
        var perThousandReach = new Option<double?>("--per-thousand-reach") { Description = "blend: what a thousand accounts reached are worth to you (e.g. 5)" };
        var perEngagement = new Option<double?>("--per-engagement") { Description = "blend: what one engagement is worth (e.g. 0.05)" };
        var perOrder = new Option<double?>("--per-order") { Description = "blend: what one attributed order is worth, e.g. its margin (e.g. 12)" };
        var minRoas = new Option<double?>("--min-roas") { Description = "Book no post expected to bring less revenue than this many times its cost (e.g. 1.5), under any goal" };
        var spendAll = new Option<bool>("--spend-all") { Description = "profit: also book posts expected to lose money, to use the budget (the mix then brings back as much gross profit as it can)" };
        var campaign = new Option<string?>("--campaign") { Description = "Plan for this campaign: its budget and goal (awareness → reach, conversion → conversions) unless --budget or --goal say otherwise" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("plan", "The budget planner: whom to book (one post each) for a budget and a goal, with expected outcomes, profit and ROI and 95 % intervals, beside 'all micro' and 'one celebrity'")
        {
            budget, goal, perThousandReach, perEngagement, perOrder, minRoas, spendAll, campaign, format, CloutCli.Workspace,
        };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            var (budgetValue, goalValue, campaignName) = (parse.GetValue(budget), parse.GetValue(goal), parse.GetValue(campaign));
            // Without a campaign the request is checked before the database is opened: a typo costs nothing.
            if (campaignName is null && Check(budgetValue, goalValue) is null)
            {
                return Cli.Usage;
            }
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            if (campaignName is not null)
            {
                if (await host.Get<CampaignStore>().FindAsync(campaignName, ct) is not { } found)
                {
                    Cli.Error($"There is no campaign '{campaignName}' in workspace '{workspace.Name}'.");
                    return Cli.InvalidInput;
                }
                budgetValue ??= found.BudgetMinor is { } minor ? Money.ToMajor(minor) : null;
                goalValue ??= PlanForm.GoalFor(found.Goal);
            }
            if (Check(budgetValue, goalValue) is not { } request)
            {
                return Cli.Usage;
            }
            var (plan, refused) = await PlanForm.PlanAsync(host.Get<PlanCandidatesQuery>(), request, ct);
            if (plan is null)
            {
                foreach (var (field, message) in refused)
                {
                    Cli.Error($"{Flags.GetValueOrDefault(field, field)}: {message}");
                }
                return Cli.InvalidInput;
            }
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(PlanComparisonResponse.Of(workspace.Name, request, plan), CloutJson.Options));
            }
            else
            {
                WriteTable(workspace.Name, request, plan);
            }
            return Cli.Ok;

            PlanRequest? Check(decimal? askedBudget, string? askedGoal)
            {
                var (checkedRequest, errors) = PlanForm.Read(askedBudget, askedGoal, parse.GetValue(perThousandReach), parse.GetValue(perEngagement), parse.GetValue(perOrder),
                    parse.GetValue(minRoas), parse.GetValue(spendAll));
                foreach (var (field, message) in errors)
                {
                    Cli.Error($"{Flags.GetValueOrDefault(field, field)}: {message}");
                }
                return checkedRequest;
            }
        }));
        return command;
    }

    private static void WriteTable(string workspace, PlanRequest request, WorkspacePlan plan)
    {
        var money = plan.Currency is { } currency ? $" · money in {Markup.Escape(currency)}" : "";
        var best = plan.Comparison.Best;
        // Six narrow columns fit an 80-column terminal; followers and past posts are in --format json.
        var table = new Table()
            .Title($"Plan · workspace {Markup.Escape(workspace)} · budget {Format.Amount(plan.BudgetMinor)} · goal {Markup.Escape(request.GoalName)}{money}")
            .AddColumns("Influencer", "Tier")
            .AddColumn(new TableColumn("Cost").RightAligned())
            .AddColumn(new TableColumn("Reach").RightAligned())
            .AddColumn(new TableColumn("Engagements").RightAligned())
            .AddColumn(new TableColumn("Orders").RightAligned());
        foreach (var pick in best.Picks)
        {
            table.AddRow(Markup.Escape("@" + pick.Candidate.Handle), pick.Tier.ToName(), Format.Amount(pick.CostMinor),
                PlanVerdicts.Number(pick.ExpectedReach), PlanVerdicts.Number(pick.ExpectedEngagements), PlanVerdicts.Number(pick.ExpectedOrders));
        }
        table.AddRow($"[bold]{best.Picks.Count} posts[/]", "", $"[bold]{Format.Amount(best.CostMinor)}[/]",
            Bold(best.Outcome.Reach.Value), Bold(best.Outcome.Engagements.Value), Bold(best.Outcome.Orders.Value));
        table.Caption("expected per post; totals' 95 % intervals below");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(
            $"Totals, expected [[95 % interval of {BudgetPlanner.DefaultSimulations:N0} simulations]]: {PlanVerdicts.Whole(best.Outcome.Reach)} reached · {PlanVerdicts.Whole(best.Outcome.Engagements)} engagements · {PlanVerdicts.Whole(best.Outcome.Orders)} orders");
        if (best.Outcome.Profit is not null)
        {
            AnsiConsole.MarkupLineInterpolated(
                $"Money, expected [[95 % interval]] at a gross margin of {PlanVerdicts.Percent(plan.Rules.GrossMargin ?? 0)}: revenue {PlanVerdicts.Money(best.Outcome.Revenue)} · profit {PlanVerdicts.Profit(best)} · ROI {PlanVerdicts.Roi(best)}");
        }
        foreach (var line in PlanVerdicts.Lines(plan, request.GoalName))
        {
            AnsiConsole.MarkupLineInterpolated($"• {line}");
        }
        if (!plan.RecordsOrders && request.Goal.PerOrder > 0)
        {
            AnsiConsole.MarkupLine("[yellow]This workspace has recorded no orders: every forecast of orders is 0, so orders cannot guide the plan.[/]");
        }
        foreach (var group in PlanVerdicts.Excluded(plan.Comparison.Excluded))
        {
            AnsiConsole.MarkupLineInterpolated($"[grey]Left out: {group}[/]");
        }
    }

    private static string Bold(double value) => $"[bold]{Markup.Escape(PlanVerdicts.Number(value))}[/]";
}
