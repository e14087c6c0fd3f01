using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Storage.Tracking;
using Clout.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Clout.Tests.Tracking;

/// <summary>
/// The recorder in its power-cut-safe setting (Tracking:FlushToDisk, not the default, so the redirect tests do not
/// cover it): the flusher thread must release every click, only after it is in the database, and drain on stop.
/// </summary>
public sealed class ClickRecorderTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Fact]
    public async Task RecordAsync_WithFlushToDisk_ManyConcurrentClicks_EachStoredOnceBeforeItsTaskCompletes()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await TrackingLinkSeed.SeedAsync(app.Server);
        var collaboration = await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Collaborations.Where(c => c.LinkCode == TrackingLinkSeed.Code).Select(c => c.Id).SingleAsync(Ct));
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var recorder = new ClickRecorder(services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new TrackingOptions { FlushToDisk = true, MaxBatch = 50 }), new ConfigurationBuilder().AddInMemoryCollection([new(CloutConfiguration.ConnectionStringKey, app.Database.ConnectionString)]).Build(),
            NullLogger<ClickRecorder>.Instance);
        await recorder.StartAsync(Ct);
        var at = new DateTime(2026, 3, 9, 12, 0, 0, DateTimeKind.Utc);

        var refs = Enumerable.Range(0, 400).Select(i => ClickRefs.New(at.AddMilliseconds(i))).ToList();
        var seenWhenAcknowledged = await Task.WhenAll(refs.Select(reference => Task.Run(async () =>
        {
            await recorder.RecordAsync(new NewClick(workspace.Id, collaboration, at, reference, "v", ClickKinds.Human, null, null), Ct);
            // Acknowledged means committed: another connection sees the row at once.
            return await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Clicks.AnyAsync(c => c.Ref == reference, Ct));
        }, Ct)));
        await recorder.StopAsync(Ct);

        Assert.All(seenWhenAcknowledged, Assert.True);
        var stored = await TrackingLinkSeed.ClicksAsync(app.Server);
        Assert.Equal(refs.Order(StringComparer.Ordinal), stored.Select(c => c.Ref).Order(StringComparer.Ordinal));
    }
}
