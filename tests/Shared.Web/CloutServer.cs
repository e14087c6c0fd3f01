using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clout.Access;
using Clout.Core.Access;
using Clout.Hosting;
using Clout.Storage;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Testing;

/// <summary>
/// The real web app, built by <see cref="CloutWebApp.Create"/> as `clout serve` builds it, listening on real Kestrel
/// at 127.0.0.1 on a port the OS picks. Data are seeded through the app's own services, in a scope per call.
/// </summary>
public sealed class CloutServer : IAsyncDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    private readonly WebApplication _app;
    private bool _stopped;

    private CloutServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:40123/.</summary>
    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="clock">The app's clock, for tests that move time (a FakeTimeProvider); null: the system's.</param>
    /// <param name="settings">More configuration, as "--Section:Key=value" arguments (a connector's base address).</param>
    public static async Task<CloutServer> StartAsync(string connectionString, CancellationToken cancellationToken, TimeProvider? clock = null,
        IEnumerable<string>? settings = null)
    {
        // As `clout serve --db … --urls …` passes them: command-line configuration, which outranks the environment.
        var app = CloutWebApp.Create([$"--{CloutConfiguration.ConnectionStringKey}={connectionString}", "--urls=http://127.0.0.1:0", .. settings ?? []],
            clock is null ? null : services => services.AddSingleton(clock));
        try
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                // As `clout serve` does; a no-op on a TestDatabase, which is migrated already.
                await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<CloutDbContext>(), cancellationToken);
            }
            await app.StartAsync(cancellationToken);
            var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            var address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
            if (!IPAddress.IsLoopback(IPAddress.Parse(address.Host)) || address.Port == 0)
            {
                throw new InvalidOperationException($"Expected a loopback address with a real port, got {bound}.");
            }
            return new CloutServer(app, address);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client with its own cookie jar that does not follow redirects, so that tests see each 302.</summary>
    public HttpClient CreateClient(string? apiKey = null)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = RequestTimeout };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        return client;
    }

    public Task<WorkspaceInfo> CreateWorkspaceAsync(string name, CancellationToken cancellationToken) =>
        InScopeAsync(null, services => services.GetRequiredService<WorkspaceStore>().CreateAsync(name, cancellationToken));

    /// <summary>An owner key, which may do everything a key may: what every key was before keys had scopes.</summary>
    public Task<string> CreateApiKeyAsync(WorkspaceInfo workspace, CancellationToken cancellationToken) =>
        CreateApiKeyAsync(workspace, KeyScope.Owner, cancellationToken);

    public Task<string> CreateApiKeyAsync(WorkspaceInfo workspace, KeyScope scope, CancellationToken cancellationToken) =>
        InScopeAsync(workspace, services => services.GetRequiredService<ApiKeyStore>().CreateAsync("test", scope, cancellationToken));

    public Task CreateUserAsync(WorkspaceInfo workspace, string email, string password, Role role, CancellationToken cancellationToken) =>
        InScopeAsync(workspace, async services =>
        {
            await services.GetRequiredService<UserAccounts>().CreateAsync(email, password, role, cancellationToken);
            return true;
        });

    /// <summary>Imports a CSV through the app's importer and fails the test, listing the errors, when it does not succeed.</summary>
    public async Task ImportCsvAsync(WorkspaceInfo workspace, ImportKind kind, string csv, CancellationToken cancellationToken)
    {
        var result = await InScopeAsync(workspace, async services =>
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv), writable: false);
            return await services.GetRequiredService<Importer>().ImportAsync(kind, stream, ImportFormat.Csv, null, cancellationToken);
        });
        Assert.True(result.Succeeded, $"seeding {kind} failed:\n{string.Join("\n", result.Errors)}");
    }

    /// <summary>Runs <paramref name="action"/> in a fresh service scope acting for <paramref name="workspace"/> (null: none).</summary>
    public async Task<T> InScopeAsync<T>(WorkspaceInfo? workspace, Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = _app.Services.CreateAsyncScope();
        if (workspace is not null)
        {
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(workspace.Id, workspace.Name);
        }
        return await action(scope.ServiceProvider);
    }

    /// <summary>Stops the server as SIGTERM does (the host's graceful stop); its services stay readable until disposal.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await StopAsync(stopping.Token);
        }
        await _app.DisposeAsync();
    }
}
