using System.CommandLine;
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
        return new Command("workspace", "Manage workspaces (one per brand)") { create, list };
    }
}
