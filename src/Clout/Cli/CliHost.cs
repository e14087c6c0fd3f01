using Clout.Hosting;
using Clout.Storage;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;

namespace Clout.Cli;

/// <summary>
/// What a verb runs in: services on the chosen database, migrated, with a workspace resolved by DESIGN §3's rule
/// (--workspace, else CLOUT_WORKSPACE, else the only one there is).
/// </summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly ServiceProvider _root;

    private CliHost(ServiceProvider root, AsyncServiceScope scope)
    {
        _root = root;
        Scope = scope;
    }

    public AsyncServiceScope Scope { get; }

    /// <summary>True when <see cref="UseWorkspaceAsync"/> created 'default' for this command.</summary>
    public bool CreatedWorkspace { get; private set; }

    public T Get<T>() where T : notnull => Scope.ServiceProvider.GetRequiredService<T>();

    public static async Task<CliHost> OpenAsync(string? db, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // Settings a verb may need (e.g. Reports__ChromiumPath) come from the environment, named as for `clout serve`.
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        services.AddCloutCore(CloutSettings.From(db));
        var root = services.BuildServiceProvider();
        var host = new CliHost(root, root.CreateAsyncScope());
        await DatabaseSetup.MigrateAsync(host.Get<CloutDbContext>(), cancellationToken);
        return host;
    }

    /// <summary>Selects the workspace for this command, or explains why it cannot and returns null.</summary>
    public async Task<WorkspaceInfo?> UseWorkspaceAsync(string? requested, bool createDefault, CancellationToken cancellationToken)
    {
        var store = Get<WorkspaceStore>();
        var name = !string.IsNullOrWhiteSpace(requested) ? requested
            : Environment.GetEnvironmentVariable(CloutSettings.WorkspaceVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
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
                    Cli.Error($"There are several workspaces; choose one with --workspace or {CloutSettings.WorkspaceVariable}: {string.Join(", ", all.Select(w => w.Name))}");
                    return null;
            }
        }
        Get<WorkspaceScope>().Set(workspace.Id, workspace.Name);
        return workspace;
    }

    public async ValueTask DisposeAsync()
    {
        await Scope.DisposeAsync();
        await _root.DisposeAsync();
    }
}
