using System.CommandLine;

namespace Clout.Cli;

/// <summary>The verbs of `clout`. Each lives in its own file; this is the table of contents.</summary>
public static class CloutCli
{
    public const string WorkspaceVariable = "CLOUT_WORKSPACE";

    internal static Option<string?> Db { get; } = new("--db")
    {
        Description = "Database: 'Data Source=FILE' for SQLite, 'Host=…' for PostgreSQL (default: CLOUT_DB, else ConnectionStrings:Clout, else clout.db here)",
        Recursive = true,
    };

    internal static Option<string?> Workspace { get; } = new("--workspace", "-w")
    {
        Description = $"Workspace to act on (default: {WorkspaceVariable}, else the only one there is)",
    };

    /// <summary>
    /// The "--Section:Key=value" arguments (configuration, as any ASP.NET Core app takes it on its command line), set
    /// aside by <see cref="SettingArguments"/> before the verbs are parsed so that a misspelt option is still an error.
    /// </summary>
    internal static Option<string[]> Settings { get; } = new("--setting")
    {
        Hidden = true,
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Clout: do micro-influencers' followers trust and buy more than celebrities', per euro? Measured on your own data.");
        root.Options.Add(Db);
        root.Options.Add(Settings);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(PlanCommand.Create());
        root.Subcommands.Add(CommentsCommand.Create());
        root.Subcommands.Add(WorkspaceCommand.Create());
        root.Subcommands.Add(SurveyCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(UserCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(ConnectCommand.Create());
        root.Subcommands.Add(ConnectionsCommand.Create());
        root.Subcommands.Add(ConnectionsCommand.Sync());
        root.Subcommands.Add(BackupCommand.Create());
        // No response files: "@name" is a handle (clout connect youtube --channel @name), not a file of arguments.
        var parser = new ParserConfiguration { ResponseFileTokenReplacer = null };
        return await root.Parse(SettingArguments.SetAside(args, root, Settings.Name), parser).InvokeAsync();
    }
}
