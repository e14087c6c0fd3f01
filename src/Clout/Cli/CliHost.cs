using System.CommandLine;
using Clout.Hosting;
using Clout.Storage;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Microsoft.Extensions.Options;

namespace Clout.Cli;

/// <summary>
/// What a verb runs in: the generic host, built from the same configuration sources and service registration as
/// `clout serve` but never started (a command needs no click recorder or salt sweeper, and no start-up log lines),
/// its settings checked, the database migrated, and a workspace resolved (--workspace, else CLOUT_WORKSPACE, else the
/// only one there is).
/// </summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly IHost _host;

    private CliHost(IHost host, AsyncServiceScope scope)
    {
        _host = host;
        Scope = scope;
    }

    public AsyncServiceScope Scope { get; }

    /// <summary>True when <see cref="UseWorkspaceAsync"/> created 'default' for this command.</summary>
    public bool CreatedWorkspace { get; private set; }

    public T Get<T>() where T : notnull => Scope.ServiceProvider.GetRequiredService<T>();

    /// <param name="migrate">False for a verb that must see the database as it is (a backup).</param>
    public static async Task<CliHost> OpenAsync(ParseResult parse, CancellationToken cancellationToken, bool migrate = true)
    {
        var configuration = new ConfigurationManager();
        // A command reads appsettings.json once; watching it for changes would only cost start-up time.
        configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        // The web app also reads ASPNETCORE_-prefixed variables (ASPNETCORE_ENVIRONMENT picks appsettings.{Environment}.json):
        // the same here, so that a command and the server read the same files.
        configuration.AddEnvironmentVariables("ASPNETCORE_");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = SettingArguments.ForHost(parse),
            ApplicationName = CloutConfiguration.ApplicationName,
            ContentRootPath = CloutConfiguration.ContentRoot,
            Configuration = configuration,
        });
        // Standard output is a command's data and standard error its messages; the host's log lines are the server's.
        builder.Logging.ClearProviders();
        builder.Services.AddCloutServices(builder.Configuration);
        var host = builder.Build();
        try
        {
            // As `clout serve` does at start: a bad setting stops the command before it touches the database.
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            var cli = new CliHost(host, host.Services.CreateAsyncScope());
            if (migrate)
            {
                await DatabaseSetup.MigrateAsync(cli.Get<CloutDbContext>(), cancellationToken);
                var keyRing = cli.Get<KeyRingStartup>();
                if (await keyRing.EnsureAsync(cancellationToken) is > 0 and var imported)
                {
                    Cli.Info($"Imported {imported} data-protection keys from {keyRing.ImportFolder?.FullName} into the database; the folder is no longer used.");
                }
            }
            return cli;
        }
        catch
        {
            await ((IAsyncDisposable)host).DisposeAsync();
            throw;
        }
    }

    /// <summary>Selects the workspace for this command, or explains why it cannot and returns null.</summary>
    public async Task<WorkspaceInfo?> UseWorkspaceAsync(string? requested, bool createDefault, CancellationToken cancellationToken)
    {
        var store = Get<WorkspaceStore>();
        var name = !string.IsNullOrWhiteSpace(requested) ? requested
            : Environment.GetEnvironmentVariable(CloutCli.WorkspaceVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : null;
        WorkspaceInfo? workspace;
        if (name is not null)
        {
            workspace = await store.FindAsync(name, cancellationToken);
            if (workspace is null)
            {
                Cli.Error($"There is no workspace '{name}'. Create it with: clout workspace create {name}");
                return null;
            }
        }
        else
        {
            var all = await store.ListAsync(cancellationToken);
            switch (all.Count)
            {
                case 0 when createDefault:
                    workspace = await store.CreateAsync(WorkspaceStore.DefaultName, cancellationToken);
                    CreatedWorkspace = true;
                    break;
                case 0:
                    Cli.Error("There is no workspace yet. Import a file (it creates 'default'), or run: clout demo");
                    return null;
                case 1:
                    workspace = all[0];
                    break;
                default:
                    Cli.Error($"There are several workspaces; choose one with --workspace or {CloutCli.WorkspaceVariable}: {string.Join(", ", all.Select(w => w.Name))}");
                    return null;
            }
        }
        Get<WorkspaceScope>().Set(workspace.Id, workspace.Name);
        return workspace;
    }

    public async ValueTask DisposeAsync()
    {
        await Scope.DisposeAsync();
        await ((IAsyncDisposable)_host).DisposeAsync();
    }
}
