using System.CommandLine;
using System.Text.Json;
using Clout.Access;
using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Presentation;
using Clout.Storage.Workspaces;
using Spectre.Console;

namespace Clout.Cli;

internal static class KeysCommand
{
    public static Command Create() => new("keys", "Manage API keys") { CreateKey(), List(), Revoke() };

    private static Command CreateKey()
    {
        var name = new Option<string?>("--name") { Description = "A label to recognise the key by" };
        // Write, not owner: what a shop, an import job or a BI tool needs, without the power to administer the workspace.
        var scope = new Option<string>("--scope")
        {
            Description = "read (reports and lists), write (also orders, imports, campaigns, surveys) or owner (also keys and users); default write",
            DefaultValueFactory = _ => KeyScope.Write.ToName(),
        };
        scope.AcceptOnlyFromAmong([.. StoredNames.All<KeyScope>()]);
        var create = new Command("create", "Print a new API key for the workspace (shown once; only its hash is stored)") { CloutCli.Workspace, name, scope };
        create.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is null)
            {
                return Cli.InvalidInput;
            }
            Console.WriteLine(await host.Get<ApiKeyStore>().CreateAsync(parse.GetValue(name), StoredNames.Parse<KeyScope>(parse.GetValue(scope)!), ct));
            return Cli.Ok;
        }));
        return create;
    }

    private static Command List()
    {
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var list = new Command("list", "List the workspace's API keys, revoked ones too (never their secrets)") { CloutCli.Workspace, format };
        list.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is null)
            {
                return Cli.InvalidInput;
            }
            var keys = (await host.Get<ApiKeyStore>().ListAsync(ct)).Select(ApiKeyResponse.Of).ToList();
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(keys, CloutJson.Options));
                return Cli.Ok;
            }
            var table = new Table().AddColumns("Id", "Name", "Key", "Scope", "Created", "Last used", "Revoked");
            foreach (var k in keys)
            {
                table.AddRow($"{k.Id}", Markup.Escape(k.Name ?? ""), Markup.Escape($"{k.Prefix}_…"), k.Scope, Time(k.CreatedAt), k.LastUsedAt is { } used ? Time(used) : "never",
                    k.RevokedAt is { } revoked ? Time(revoked) : "");
            }
            AnsiConsole.Write(table);
            return Cli.Ok;
        }));
        return list;
    }

    private static Command Revoke()
    {
        var id = new Argument<long>("ID") { Description = "The key's id, as `clout keys list` shows it" };
        var revoke = new Command("revoke", "Revoke an API key at once: its next request is refused with 401") { id, CloutCli.Workspace };
        revoke.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            if (await host.Get<ApiKeyStore>().RevokeAsync(parse.GetValue(id), ct))
            {
                Cli.Err.MarkupLineInterpolated($"[green]API key {parse.GetValue(id)} of workspace '{workspace.Name}' revoked.[/]");
            }
            else
            {
                Cli.Info($"API key {parse.GetValue(id)} of workspace '{workspace.Name}' was revoked already.");
            }
            return Cli.Ok;
        }));
        return revoke;
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
