using System.CommandLine;
using Clout.Connectors;
using Clout.Connectors.Instagram;
using Clout.Core.Roster;
using Clout.Storage.Connections;
using Clout.Storage.Workspaces;

namespace Clout.Cli;

/// <summary>
/// `clout connect instagram` (business discovery with the brand's token, or an invitation link for a creator) and
/// `clout connect tiktok` (an invitation link: TikTok reads only accounts that authorised the app).
/// </summary>
internal static class ConnectCreatorCommands
{
    public const string InstagramTokenVariable = "CLOUT_INSTAGRAM_TOKEN";

    /// <summary>How long an invitation link works: long enough for a creator to get round to it.</summary>
    private static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(14);

    public static Command Instagram()
    {
        var token = new Option<string?>("--token") { Description = $"The brand's access token for business discovery (default: {InstagramTokenVariable})" };
        var account = new Option<string?>("--account") { Description = "The professional account to read, by username" };
        var business = new Option<string?>("--business-id") { Description = "The brand's own Instagram professional account id, which business discovery runs on" };
        var invite = new Option<string?>("--invite") { Description = "Instead: make a link for this creator to authorise Clout (their insights and comments)" };
        var baseUrl = BaseUrl();
        var command = new Command("instagram", "Connect an Instagram account: another account's public counts and posts (business discovery), or a creator who authorises Clout")
        {
            token, account, business, invite, baseUrl, CloutCli.Workspace,
        };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            if (parse.GetValue(invite) is { } handle)
            {
                return await InviteAsync(parse, Platform.Instagram, handle, parse.GetValue(baseUrl), ct);
            }
            var accessToken = parse.GetValue(token) ?? Environment.GetEnvironmentVariable(InstagramTokenVariable);
            var username = parse.GetValue(account)?.Trim().TrimStart('@');
            var businessId = parse.GetValue(business)?.Trim();
            if (string.IsNullOrWhiteSpace(accessToken) || string.IsNullOrWhiteSpace(username) || string.IsNullOrWhiteSpace(businessId))
            {
                Cli.Error($"Give --token (or {InstagramTokenVariable}), --account and --business-id; or --invite HANDLE for a creator to authorise Clout.");
                return Cli.Usage;
            }
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: true, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            var credentials = new ConnectionCredentials(null, accessToken.Trim(), BusinessAccountId: businessId);
            FetchedAccount found;
            try
            {
                found = await host.Get<InstagramClient>().GetAccountAsync(credentials, username, ct);
            }
            catch (ConnectorException e)
            {
                if (host.CreatedWorkspace)
                {
                    await host.Get<WorkspaceStore>().DeleteIfEmptyAsync(workspace.Id, CancellationToken.None);
                }
                Cli.Error(e.Failure is ConnectorFailure.Unauthorized or ConnectorFailure.TokenExpired
                    ? $"Instagram refused the token; nothing was stored. {e.Message}"
                    : $"Could not check @{username}; nothing was stored. {e.Message}");
                return Cli.InvalidInput;
            }
            var id = await host.Get<ConnectionStore>().SaveAsync(Platform.Instagram, found.Handle, found.ExternalId,
                host.Get<ConnectionSecrets>().ProtectCredentials(credentials), ct);
            Cli.Info($"Connected Instagram account @{found.Handle} (business discovery: public counts and posts, no comments) to '{workspace.Name}' as connection {id}; `clout sync` fetches it now, `clout serve` keeps it current.");
            return Cli.Ok;
        }));
        return command;
    }

    public static Command TikTok()
    {
        var invite = new Option<string>("--invite") { Description = "The creator's TikTok username: makes a link for them to authorise Clout", Required = true };
        var baseUrl = BaseUrl();
        var command = new Command("tiktok", "Connect a TikTok creator: a link they open to authorise Clout (profile, counts and videos)") { invite, baseUrl, CloutCli.Workspace };
        command.SetAction((parse, ct) => Cli.GuardAsync(() => InviteAsync(parse, Platform.TikTok, parse.GetValue(invite)!, parse.GetValue(baseUrl), ct)));
        return command;
    }

    private static Option<string?> BaseUrl() =>
        new("--base-url") { Description = $"The address creators reach this Clout at, e.g. https://clout.example.com (default: {SurveyCommand.PlaceholderBaseUrl}, to replace)" };

    private static async Task<int> InviteAsync(ParseResult parse, Platform platform, string handle, string? baseUrl, CancellationToken ct)
    {
        var name = handle.Trim().TrimStart('@');
        if (name.Length == 0)
        {
            Cli.Error("--invite must name the creator's username.");
            return Cli.Usage;
        }
        await using var host = await CliHost.OpenAsync(parse, ct);
        if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: true, ct) is not { } workspace)
        {
            return Cli.InvalidInput;
        }
        var secret = await host.Get<InvitationStore>().CreateAsync(platform, name, InvitationLifetime, ct);
        var origin = (baseUrl ?? SurveyCommand.PlaceholderBaseUrl).TrimEnd('/');
        // The link on standard output, alone, so that a script can mail it; the explanation on standard error.
        Console.Out.WriteLine($"{origin}/{AuthorisationEndpoints.LinkPath(platform, secret)}");
        Cli.Info($"Send this link to @{name}: it works once, for {InvitationLifetime.TotalDays:0} days. When they authorise, the connection appears in '{workspace.Name}'.");
        return Cli.Ok;
    }
}
