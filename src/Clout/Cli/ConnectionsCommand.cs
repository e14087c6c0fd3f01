using System.CommandLine;
using System.Globalization;
using Clout.Connectors;
using Clout.Storage.Connections;
using Spectre.Console;

namespace Clout.Cli;

/// <summary>`clout connections` (list, remove) and `clout sync` (every connection once).</summary>
internal static class ConnectionsCommand
{
    public static Command Create()
    {
        var list = new Command("connections", "List the workspace's connections: state, last success, last error, next attempt") { CloutCli.Workspace, Remove() };
        list.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is null)
            {
                return Cli.InvalidInput;
            }
            var table = new Table().AddColumns("Id", "Platform", "Account", "Influencer", "State", "Last success", "Last error", "Next attempt");
            foreach (var c in await host.Get<ConnectionStore>().ListAsync(ct))
            {
                table.AddRow($"{c.Id}", c.Platform.ToString(), Markup.Escape(c.Account), Markup.Escape(c.InfluencerHandle is { } h ? "@" + h : ""),
                    ConnectionWords.State(c.State), Time(c.LastSuccessUtc) ?? "never", Markup.Escape(ConnectionWords.Problem(c) ?? ""), Time(c.NextAttemptUtc) ?? "");
            }
            AnsiConsole.Write(table);
            return Cli.Ok;
        }));
        return list;
    }

    private static Command Remove()
    {
        var id = new Argument<long>("ID") { Description = "The connection's id, as `clout connections` shows it" };
        var remove = new Command("remove", "Remove a connection and its stored key (what it fetched stays)") { id, CloutCli.Workspace };
        remove.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            if (!await host.Get<ConnectionStore>().RemoveAsync(parse.GetValue(id), ct))
            {
                Cli.Error($"There is no connection {parse.GetValue(id)} in '{workspace.Name}'.");
                return Cli.InvalidInput;
            }
            Cli.Info($"Removed connection {parse.GetValue(id)}.");
            return Cli.Ok;
        }));
        return remove;
    }

    public static Command Sync()
    {
        var sync = new Command("sync", "Sync every connection of the workspace once; exit code 1 when any failed") { CloutCli.Workspace };
        sync.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is null)
            {
                return Cli.InvalidInput;
            }
            var outcomes = await host.Get<ConnectionSync>().RunAllAsync(dueOnly: false, ct);
            foreach (var o in outcomes)
            {
                if (o.Succeeded)
                {
                    Cli.Info($"{o.Platform} {o.Account}: synced.");
                }
                else
                {
                    Cli.Error($"{o.Platform} {o.Account}: {ConnectionWords.State(o.State).ToLowerInvariant()}: {o.Error}");
                }
            }
            if (outcomes.Count == 0)
            {
                Cli.Info("No connections; add one with: clout connect youtube --api-key KEY --channel @handle");
            }
            return outcomes.All(o => o.Succeeded) ? Cli.Ok : Cli.InvalidInput;
        }));
        return sync;
    }

    private static string? Time(DateTime? utc) => utc?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
