using System.CommandLine;
using System.Text.Json;
using Clout.Access;
using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Presentation;
using Clout.Storage.Workspaces;
using Spectre.Console;

namespace Clout.Cli;

internal static class UserCommand
{
    public const string PasswordVariable = "CLOUT_PASSWORD";

    public static Command Create() => new("user", "Manage dashboard logins") { CreateUser(), List(), Remove(), SetRole(), Password() };

    private static Command CreateUser()
    {
        var email = new Argument<string>("EMAIL");
        var role = new Option<string>("--role") { Description = "owner, analyst or viewer", DefaultValueFactory = _ => Role.Analyst.ToName() };
        role.AcceptOnlyFromAmong([.. StoredNames.All<Role>()]);
        var create = new Command("create", $"Create a dashboard login (password from {PasswordVariable}, else asked for)") { email, CloutCli.Workspace, role };
        create.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            if (ReadPassword() is not { } password)
            {
                return Cli.Usage;
            }
            await host.Get<UserAccounts>().CreateAsync(parse.GetValue(email)!, password, StoredNames.Parse<Role>(parse.GetValue(role)!), ct);
            Cli.Err.MarkupLineInterpolated($"[green]User {parse.GetValue(email)} ({parse.GetValue(role)}) created in workspace '{workspace.Name}'.[/]");
            return Cli.Ok;
        }));
        return create;
    }

    private static Command List()
    {
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var list = new Command("list", "List the workspace's dashboard logins and their roles") { CloutCli.Workspace, format };
        list.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is null)
            {
                return Cli.InvalidInput;
            }
            var users = (await host.Get<UserStore>().ListAsync(ct)).Select(UserResponse.Of).ToList();
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(users, CloutJson.Options));
                return Cli.Ok;
            }
            var table = new Table().AddColumns("E-mail", "Role", "Created");
            foreach (var u in users)
            {
                table.AddRow(Markup.Escape(u.Email), u.Role, Format.Date(u.CreatedAt));
            }
            AnsiConsole.Write(table);
            return Cli.Ok;
        }));
        return list;
    }

    private static Command Remove()
    {
        var email = new Argument<string>("EMAIL");
        var remove = new Command("remove", "Remove a dashboard login; its sessions end at once (the workspace's last owner stays)") { email, CloutCli.Workspace };
        remove.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            await host.Get<UserStore>().RemoveAsync(parse.GetValue(email)!, ct);
            Cli.Err.MarkupLineInterpolated($"[green]User {parse.GetValue(email)} removed from workspace '{workspace.Name}'; their sessions have ended.[/]");
            return Cli.Ok;
        }));
        return remove;
    }

    private static Command SetRole()
    {
        var email = new Argument<string>("EMAIL");
        var role = new Argument<string>("ROLE") { Description = "owner, analyst or viewer" };
        role.AcceptOnlyFromAmong([.. StoredNames.All<Role>()]);
        var command = new Command("role", "Give a dashboard login another role; it applies at once (the user signs in again)") { email, role, CloutCli.Workspace };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            await host.Get<UserStore>().SetRoleAsync(parse.GetValue(email)!, StoredNames.Parse<Role>(parse.GetValue(role)!), ct);
            Cli.Err.MarkupLineInterpolated($"[green]User {parse.GetValue(email)} is now {parse.GetValue(role)} in workspace '{workspace.Name}'; their sessions have ended.[/]");
            return Cli.Ok;
        }));
        return command;
    }

    private static Command Password()
    {
        var email = new Argument<string>("EMAIL");
        var command = new Command("password", $"Set a dashboard login's password (from {PasswordVariable}, else asked for); its sessions end at once") { email, CloutCli.Workspace };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            // Only a user of the chosen workspace: e-mails are unique across workspaces, the operator's reach is not.
            var user = await host.Get<UserStore>().FindAsync(parse.GetValue(email)!, ct);
            if (user is null || user.WorkspaceId != workspace.Id)
            {
                Cli.Error($"Workspace '{workspace.Name}' has no user '{parse.GetValue(email)!.Trim()}'; `clout user list` shows them.");
                return Cli.InvalidInput;
            }
            if (ReadPassword() is not { } password)
            {
                return Cli.Usage;
            }
            await host.Get<UserAccounts>().ResetPasswordAsync(user.Email, password, ct);
            Cli.Err.MarkupLineInterpolated($"[green]Password of {user.Email} changed in workspace '{workspace.Name}'; their sessions have ended.[/]");
            return Cli.Ok;
        }));
        return command;
    }

    /// <summary>The password from <see cref="PasswordVariable"/>, else typed at a terminal; null (after saying why) when neither.</summary>
    private static string? ReadPassword()
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (!string.IsNullOrEmpty(password))
        {
            return password;
        }
        if (Console.IsInputRedirected)
        {
            Cli.Error($"Set {PasswordVariable} or run interactively to type the password.");
            return null;
        }
        return Cli.Err.Prompt(new TextPrompt<string>("Password:").Secret());
    }
}
