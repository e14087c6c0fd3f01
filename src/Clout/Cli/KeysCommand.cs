using System.CommandLine;
using Clout.Storage.Workspaces;

namespace Clout.Cli;

internal static class KeysCommand
{
    public static Command Create()
    {
        var name = new Option<string?>("--name") { Description = "A label to recognise the key by" };
        var create = new Command("create", "Print a new API key for the workspace (shown once; only its hash is stored)") { CloutCli.Workspace, name };
        create.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is null)
            {
                return Cli.InvalidInput;
            }
            Console.WriteLine(await host.Get<WorkspaceStore>().CreateApiKeyAsync(parse.GetValue(name), ct));
            return Cli.Ok;
        }));
        return new Command("keys", "Manage API keys") { create };
    }
}
