using System.CommandLine;
using Clout.Core.Roster;
using Clout.Storage.Workspaces;
using Spectre.Console;

namespace Clout.Cli;

internal static class WorkspaceCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Lower-case letters, digits and dashes" };
        var create = new Command("create", "Create a workspace") { name };
        create.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse.GetValue(CloutCli.Db), ct);
            var workspace = await host.Get<WorkspaceStore>().CreateAsync(parse.GetValue(name)!, ct);
            Console.WriteLine(workspace.Name);
            return Cli.Ok;
        }));
        var list = new Command("list", "List the workspaces");
        list.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse.GetValue(CloutCli.Db), ct);
            var table = new Table().AddColumns("Workspace", "micro from", "macro from", "celebrity from");
            foreach (var w in await host.Get<WorkspaceStore>().ListAsync(ct))
            {
                table.AddRow(Markup.Escape(w.Name), $"{w.TierPolicy.MicroFrom:N0}", $"{w.TierPolicy.MacroFrom:N0}", $"{w.TierPolicy.CelebrityFrom:N0}");
            }
            AnsiConsole.Write(table);
            return Cli.Ok;
        }));
        return new Command("workspace", "Manage workspaces (one per brand)") { create, list, Tiers() };
    }

    /// <summary>`clout workspace tiers --micro-from 5000`: moves the workspace's tier lines; unnamed ones stay.</summary>
    private static Command Tiers()
    {
        var micro = new Option<long?>("--micro-from") { Description = "Followers from which an account is micro (default 10,000)" };
        var macro = new Option<long?>("--macro-from") { Description = "Followers from which an account is macro (default 100,000)" };
        var celebrity = new Option<long?>("--celebrity-from") { Description = "Followers from which an account is a celebrity (default 1,000,000)" };
        var tiers = new Command("tiers", "Show or change where the workspace draws the lines between tiers") { CloutCli.Workspace, micro, macro, celebrity };
        tiers.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse.GetValue(CloutCli.Db), ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            var current = workspace.TierPolicy;
            var policy = new TierPolicy(
                parse.GetValue(micro) ?? current.MicroFrom,
                parse.GetValue(macro) ?? current.MacroFrom,
                parse.GetValue(celebrity) ?? current.CelebrityFrom);
            if (policy != current)
            {
                await host.Get<WorkspaceStore>().SetTierPolicyAsync(workspace.Id, policy, ct);
            }
            Console.WriteLine($"nano < {policy.MicroFrom:N0} ≤ micro < {policy.MacroFrom:N0} ≤ macro < {policy.CelebrityFrom:N0} ≤ celebrity");
            return Cli.Ok;
        }));
        return tiers;
    }
}
