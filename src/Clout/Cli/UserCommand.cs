using System.CommandLine;
using Clout.Access;
using Clout.Core.Access;
using Clout.Core.Names;
using Spectre.Console;

namespace Clout.Cli;

internal static class UserCommand
{
    public const string PasswordVariable = "CLOUT_PASSWORD";

    public static Command Create()
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
            var password = Environment.GetEnvironmentVariable(PasswordVariable);
            if (string.IsNullOrEmpty(password))
            {
                if (Console.IsInputRedirected)
                {
                    Cli.Error($"Set {PasswordVariable} or run interactively to type the password.");
                    return Cli.Usage;
                }
                password = Cli.Err.Prompt(new TextPrompt<string>("Password:").Secret());
            }
            await host.Get<UserAccounts>().CreateAsync(parse.GetValue(email)!, password, StoredNames.Parse<Role>(parse.GetValue(role)!), ct);
            Cli.Err.MarkupLineInterpolated($"[green]User {parse.GetValue(email)} ({parse.GetValue(role)}) created in workspace '{workspace.Name}'.[/]");
            return Cli.Ok;
        }));
        return new Command("user", "Manage dashboard logins") { create };
    }
}
