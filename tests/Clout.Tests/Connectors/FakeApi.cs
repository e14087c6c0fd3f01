using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Clout.Tests.Connectors;

/// <summary>A request a fake platform received, as the platform would see it.</summary>
internal sealed record FakeRequest(string Method, string PathAndQuery, string? Authorization, string Body);

/// <summary>A scripted failure: the next request whose path contains <see cref="PathContains"/> gets this answer instead.</summary>
internal sealed record FakeFailure(string PathContains, int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>
/// A platform's API on real Kestrel at 127.0.0.1 (a port the OS picks): the routes a subclass maps, a log of every
/// request, and failures scripted to answer the next matching requests, in order.
/// </summary>
internal abstract class FakeApi : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeFailure> _failures = new();
    private WebApplication? _app;

    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    public Uri Address { get; private set; } = null!;

    public void FailNext(FakeFailure failure) => _failures.Enqueue(failure);

    protected async Task ListenAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            var body = await new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true).ReadToEndAsync(context.RequestAborted);
            context.Request.Body.Position = 0;
            var pathAndQuery = context.Request.Path + context.Request.QueryString.ToUriComponent();
            Requests.Enqueue(new FakeRequest(context.Request.Method, Uri.UnescapeDataString(pathAndQuery), context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, body));
            if (_failures.TryPeek(out var failure) && Uri.UnescapeDataString(pathAndQuery).Contains(failure.PathContains, StringComparison.Ordinal) && _failures.TryDequeue(out failure))
            {
                context.Response.StatusCode = failure.Status;
                foreach (var (name, value) in failure.Headers ?? new Dictionary<string, string>())
                {
                    context.Response.Headers[name] = value;
                }
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(failure.Body, context.RequestAborted);
                return;
            }
            await next(context);
        });
        Map(_app);
        await _app.StartAsync(cancellationToken);
        var bound = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
    }

    protected abstract void Map(WebApplication app);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
