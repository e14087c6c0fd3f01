using System.Diagnostics.Metrics;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Tracking;
using Clout.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Clout.Tests.Tracking;

/// <summary>
/// The recorder in its power-cut-safe setting (Tracking:FlushToDisk, not the default, so the redirect tests do not
/// cover it): the flusher thread must release every click, only after it is in the database, and drain on stop.
/// And what it asks of its click log, on a log of the test's own.
/// </summary>
public sealed class ClickRecorderTests
{
    private static readonly ServiceProvider Meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private static CancellationToken Ct => WebTest.Ct;

    [Fact]
    public async Task RecordAsync_WithFlushToDisk_ManyConcurrentClicks_EachStoredOnceBeforeItsTaskCompletes()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await TrackingLinkSeed.SeedAsync(app.Server);
        var collaboration = await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Collaborations.Where(c => c.LinkCode == TrackingLinkSeed.Code).Select(c => c.Id).SingleAsync(Ct));
        using var log = new SqliteClickLog(app.Database.ConnectionString);
        using var recorder = Recorder(log, Options.Create(new TrackingOptions { FlushToDisk = true, MaxBatch = 50 }));
        await recorder.StartAsync(Ct);
        var at = new DateTime(2026, 3, 9, 12, 0, 0, DateTimeKind.Utc);

        var refs = Enumerable.Range(0, 400).Select(i => ClickRefs.New(at.AddMilliseconds(i))).ToList();
        var seenWhenAcknowledged = await Task.WhenAll(refs.Select(reference => Task.Run(async () =>
        {
            await recorder.RecordAsync(new NewClick(workspace.Id, collaboration, at, reference, "v", ClickKind.Human, null, UserAgentTraits.Unknown), Ct);
            // Acknowledged means committed: another connection sees the row at once.
            return await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Clicks.AnyAsync(c => c.Ref == reference, Ct));
        }, Ct)));
        await recorder.StopAsync(Ct);

        Assert.All(seenWhenAcknowledged, Assert.True);
        var stored = await TrackingLinkSeed.ClicksAsync(app.Server);
        Assert.Equal(refs.Order(StringComparer.Ordinal), stored.Select(c => c.Ref).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RecordAsync_FlushToDisk_AnsweredAfterAFlushOnlyWhereTheLogCanFlush(bool canFlush)
    {
        var log = new FakeClickLog(canFlush);
        using var recorder = Recorder(log, Options.Create(new TrackingOptions { FlushToDisk = true, MaxBatch = 7 }));
        await recorder.StartAsync(Ct);

        var acknowledged = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            var reference = $"ref-{i}";
            await recorder.RecordAsync(Click(reference), Ct);
            return (Written: log.IsWritten(reference), Flushed: log.IsFlushed(reference));
        }, Ct)));
        await recorder.StopAsync(Ct);

        Assert.All(acknowledged, a => Assert.Equal((true, canFlush), a));
        Assert.Equal(canFlush, log.Flushes > 0);
    }

    [Fact]
    public async Task RecordAsync_BatchWithOneClickTheLogRefuses_OnlyThatClickNotStored()
    {
        var log = new FakeClickLog(canFlush: false);
        using var recorder = Recorder(log, Options.Create(new TrackingOptions()));
        await recorder.StartAsync(Ct);

        var results = await Task.WhenAll(new[] { "ref-1", "bad-2", "ref-3", "ref-4" }.Select(reference => Task.Run(async () =>
        {
            try
            {
                await recorder.RecordAsync(Click(reference), Ct);
                return (reference, Stored: true);
            }
            catch (ClickNotStoredException)
            {
                return (reference, Stored: false);
            }
        }, Ct)));
        await recorder.StopAsync(Ct);

        Assert.Equal(new[] { ("bad-2", false), ("ref-1", true), ("ref-3", true), ("ref-4", true) }, results.Order());
        Assert.False(log.IsWritten("bad-2"));
    }

    [Fact]
    public async Task RecordAsync_AfterStop_NotStored()
    {
        var log = new FakeClickLog(canFlush: false);
        using var recorder = Recorder(log, Options.Create(new TrackingOptions()));
        await recorder.StartAsync(Ct);
        await recorder.RecordAsync(Click("ref-1"), Ct);
        await recorder.StopAsync(Ct);

        await Assert.ThrowsAsync<ClickNotStoredException>(() => recorder.RecordAsync(Click("ref-2"), Ct));
        Assert.True(log.IsWritten("ref-1"));
    }

    /// <summary>A recorder on meters of the tests' own, as the app's container gives it its.</summary>
    private static ClickRecorder Recorder(IClickLog log, IOptions<TrackingOptions> options) =>
        new(log, options, Meters.GetRequiredService<IMeterFactory>(), NullLogger<ClickRecorder>.Instance);

    private static NewClick Click(string reference) =>
        new(1, 1, new DateTime(2026, 3, 9, 12, 0, 0, DateTimeKind.Utc), reference, "v", ClickKind.Human, null, UserAgentTraits.Unknown);

    /// <summary>Remembers what was written and what was written before its last flush; refuses any batch with a ref "bad…".</summary>
    private sealed class FakeClickLog(bool canFlush) : IClickLog
    {
        private readonly Lock _lock = new();
        private readonly HashSet<string> _written = [];
        private HashSet<string> _flushed = [];

        public bool CanFlushToDisk => canFlush;

        public int Flushes { get; private set; }

        public void Write(IReadOnlyList<NewClick> clicks)
        {
            if (clicks.Any(c => c.Ref.StartsWith("bad", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException("refused");
            }
            lock (_lock)
            {
                _written.UnionWith(clicks.Select(c => c.Ref));
            }
        }

        public void FlushToDisk()
        {
            lock (_lock)
            {
                Flushes++;
                _flushed = [.. _written];
            }
        }

        public bool IsWritten(string reference)
        {
            lock (_lock)
            {
                return _written.Contains(reference);
            }
        }

        public bool IsFlushed(string reference)
        {
            lock (_lock)
            {
                return _flushed.Contains(reference);
            }
        }
    }
}
