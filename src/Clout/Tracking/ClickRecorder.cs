using System.Threading.Channels;
using Clout.Hosting;
using Clout.Storage;
using Clout.Storage.Tracking;
using Microsoft.Extensions.Options;

namespace Clout.Tracking;

/// <summary>
/// Stores clicks with a group commit. Requests put their click on a bounded queue and wait; one writer takes
/// everything queued, inserts it in one transaction, commits, and only then lets those requests answer. So a 302
/// is never sent for a click that is not on disk, and under load one commit serves hundreds of clicks.
/// On shutdown the queue is closed and drained: every click that was accepted is written.
/// </summary>
internal sealed partial class ClickRecorder : BackgroundService
{
    private readonly Channel<Pending> _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<ClickRecorder> _logger;
    private readonly int _maxBatch;
    private readonly bool _flushToDisk;

    /// <summary>SQLite's fast path (one connection, one prepared insert); null on PostgreSQL, which goes through ClickWriter.</summary>
    private readonly SqliteClickLog? _sqlite;

    public ClickRecorder(IServiceScopeFactory scopes, IOptions<TrackingOptions> options, CloutSettings settings, ILogger<ClickRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        _scopes = scopes;
        _logger = logger;
        _maxBatch = Math.Max(1, options.Value.MaxBatch);
        _flushToDisk = options.Value.FlushToDisk;
        _sqlite = StorageServiceCollectionExtensions.DetectProvider(settings.ConnectionString) == DatabaseProvider.Sqlite
            ? new SqliteClickLog(settings.ConnectionString, _flushToDisk)
            : null;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Completes once the click is committed; throws <see cref="ClickNotStoredException"/> when it could not be.</summary>
    public async Task RecordAsync(NewClick click, CancellationToken cancellationToken)
    {
        var pending = new Pending(click, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (ChannelClosedException e)
        {
            throw new ClickNotStoredException("The server is shutting down.", e);
        }
        // Not cancelled with the request: a click that is queued gets written, whether or not anyone waits for it.
        await pending.Committed.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The loop ends when the queue is closed and empty (StopAsync), not on the stopping token: draining wins.
        var reader = _queue.Reader;
        var batch = new List<Pending>(_maxBatch);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < _maxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            await WriteAsync(batch);
            batch.Clear();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The web server has stopped taking requests by now (it stops first); what is queued still gets written.
        _queue.Writer.TryComplete();
        if (ExecuteTask is { } running)
        {
            await running.WaitAsync(cancellationToken);
        }
        await base.StopAsync(cancellationToken);
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            await WriteOnceAsync(batch.ConvertAll(p => p.Click));
            foreach (var pending in batch)
            {
                pending.Committed.TrySetResult();
            }
            return;
        }
        catch (Exception e) when (batch.Count > 1)
        {
            LogBatchFailed(e, batch.Count);
        }
        catch (Exception e)
        {
            LogClickFailed(e);
            batch[0].Committed.TrySetException(new ClickNotStoredException("The click could not be stored.", e));
            return;
        }
        // One bad click (say, of a collaboration deleted a moment ago) must not cost the others theirs: one by one.
        foreach (var pending in batch)
        {
            try
            {
                await WriteOnceAsync([pending.Click]);
                pending.Committed.TrySetResult();
            }
            catch (Exception e)
            {
                LogClickFailed(e);
                pending.Committed.TrySetException(new ClickNotStoredException("The click could not be stored.", e));
            }
        }
    }

    private async Task WriteOnceAsync(IReadOnlyList<NewClick> clicks)
    {
        if (_sqlite is not null)
        {
            _sqlite.Write(clicks);
            return;
        }
        await using var scope = _scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClickWriter>().WriteAsync(clicks, CancellationToken.None);
    }

    public override void Dispose()
    {
        _sqlite?.Dispose();
        base.Dispose();
    }

    [LoggerMessage(LogLevel.Warning, "Storing a batch of {Count} clicks failed; storing them one by one.")]
    private partial void LogBatchFailed(Exception exception, int count);

    [LoggerMessage(LogLevel.Error, "A click could not be stored; its request gets no redirect.")]
    private partial void LogClickFailed(Exception exception);

    private sealed record Pending(NewClick Click, TaskCompletionSource Committed);
}
