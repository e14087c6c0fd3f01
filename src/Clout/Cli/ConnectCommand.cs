using System.CommandLine;
using Clout.Connectors;
using Clout.Connectors.YouTube;
using Clout.Storage.Workspaces;

namespace Clout.Cli;

/// <summary>`clout connect youtube`: checks the account with one call, then stores the connection (its key encrypted).</summary>
internal static class ConnectCommand
{
    public const string YouTubeKeyVariable = "CLOUT_YOUTUBE_API_KEY";

    public static Command Create() => new("connect", "Connect an account on a platform, so that `clout sync` and `clout serve` keep it current") { YouTube(), ConnectCreatorCommands.Instagram(), ConnectCreatorCommands.TikTok() };

    private static Command YouTube()
    {
        var key = new Option<string?>("--api-key") { Description = $"A YouTube Data API v3 key (default: {YouTubeKeyVariable})" };
        var channel = new Option<string>("--channel") { Description = "The channel's id (UC…) or handle (@name)", Required = true };
        var command = new Command("youtube", "Connect a YouTube channel: its subscribers, videos and their comments") { key, channel, CloutCli.Workspace };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            var apiKey = parse.GetValue(key) ?? Environment.GetEnvironmentVariable(YouTubeKeyVariable);
            var account = parse.GetValue(channel)?.Trim();
            if (string.IsNullOrWhiteSpace(apiKey))
            {
                Cli.Error($"Give the API key with --api-key or {YouTubeKeyVariable}.");
                return Cli.Usage;
            }
            if (string.IsNullOrWhiteSpace(account))
            {
                Cli.Error("--channel must name a channel id or handle.");
                return Cli.Usage;
            }
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: true, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            long id;
            FetchedAccount found;
            try
            {
                (id, found) = await host.Get<YouTubeConnect>().ConnectAsync(apiKey, account, ct);
            }
            catch (Exception e) when (e is ConnectorException or HttpRequestException)
            {
                if (host.CreatedWorkspace)
                {
                    // Bad input changes nothing: not even the workspace this command would have started.
                    await host.Get<WorkspaceStore>().DeleteIfEmptyAsync(workspace.Id, CancellationToken.None);
                }
                Cli.Error(YouTubeConnect.Refusal(e));
                return Cli.InvalidInput;
            }
            Cli.Info($"Connected YouTube channel @{found.Handle} ({found.ExternalId}) to '{workspace.Name}' as connection {id}; `clout sync` fetches it now, `clout serve` keeps it current.");
            return Cli.Ok;
        }));
        return command;
    }
}
