using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Clout.Core.Tracking;
using Clout.Hosting;
using Clout.Hosting.Telemetry;
using Clout.Storage.Tracking;
using Microsoft.Extensions.Options;

namespace Clout.Tracking;

/// <summary>
/// Stores clicks with a group commit. Requests put their click on a bounded queue and wait; one writer takes
/// everything queued, inserts it in one transaction, commits, and only then lets those requests answer. So a 302
/// is never sent for a click that is not on disk, and under load one commit serves hundreds of clicks.
/// The batches go to the click log storage chose for the database (<see cref="IClickLog"/>). Where the log can flush to
/// disk (SQLite) and <see cref="TrackingOptions.FlushToDisk"/> asks for it, the wait for the disk is pipelined: the
/// writer commits a batch and hands it to a flusher, which fsyncs the log and then releases every batch committed
/// before that fsync, while the writer already commits the next one.
/// On shutdown the queue is closed and drained: every click that was accepted is written.
/// </summary>
/// <remarks>
/// The writer and the flusher are threads of their own that block while they wait, not tasks of the thread pool: under
/// load the pool's queue holds thousands of request continuations, and a writer that had to wait its turn behind them
/// for every wake-up held every waiting click back as long (measured in bench/README.md).
/// </remarks>
internal sealed partial class ClickRecorder : BackgroundService, IIntakeQueue
{
    private readonly Channel<Pending> _queue;
    private readonly IClickLog _log;
    private readonly ILogger<ClickRecorder> _logger;
    private readonly int _maxBatch;
    private readonly int _capacity;
    private readonly Histogram<int> _commitSize;
    private readonly Counter<long> _committed;

    /// <summary>Whether committed batches wait for an fsync before they answer (never on PostgreSQL: its commit is its own).</summary>
    private readonly bool _flushes;

    /// <summary>Batches committed and waiting for the flusher's next fsync; guarded by itself.</summary>
    private readonly List<List<Pending>> _toFlush = [];
    private bool _writerDone;

    public ClickRecorder(IClickLog log, IOptions<TrackingOptions> options, IMeterFactory meterFactory, ILogger<ClickRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(CloutTelemetry.MeterName);
        // The batch size says how much the group commit saves: near 1 it is idle, near MaxBatch it is the limit.
        _commitSize = meter.CreateHistogram("clout.clicks.commit.size", unit: "{click}", description: "Clicks written by one group commit.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000] });
        _committed = meter.CreateCounter<long>("clout.clicks.committed", unit: "{click}", description: "Clicks committed to the database.");
        _log = log;
        _logger = logger;
        _maxBatch = options.Value.MaxBatch;
        _capacity = options.Value.QueueCapacity;
        _flushes = log.CanFlushToDisk && options.Value.FlushToDisk;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            // The one reader is a blocked thread: a request that queues a click wakes it directly, not through the pool.
            AllowSynchronousContinuations = true,
        });
    }

    public string Name => "clicks";

    public int Depth => _queue.Reader.Count;

    public int Capacity => _capacity;

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

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The loop ends when the queue is closed and empty (StopAsync), not on the stopping token: draining wins.
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writer = new Thread(() =>
        {
            try
            {
                WriteQueued();
                finished.SetResult();
            }
            catch (Exception e)
            {
                finished.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "Clout click writer",
        };
        writer.Start();
        return finished.Task;
    }

    private void WriteQueued()
    {
        Thread? flusher = null;
        if (_flushes)
        {
            flusher = new Thread(FlushCommitted) { IsBackground = true, Name = "Clout click flusher" };
            flusher.Start();
        }
        try
        {
            var reader = _queue.Reader;
            while (reader.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
            {
                var batch = new List<Pending>(Math.Min(_maxBatch, Math.Max(1, reader.Count)));
                while (batch.Count < _maxBatch && reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }
                Write(batch);
            }
        }
        finally
        {
            lock (_toFlush)
            {
                _writerDone = true;
                Monitor.Pulse(_toFlush);
            }
            flusher?.Join();
        }
    }

    /// <summary>The flusher: one fsync for every batch committed since the last one, then those requests may answer.</summary>
    private void FlushCommitted()
    {
        var flushing = new List<List<Pending>>();
        while (true)
        {
            lock (_toFlush)
            {
                while (_toFlush.Count == 0 && !_writerDone)
                {
                    Monitor.Wait(_toFlush);
                }
                if (_toFlush.Count == 0)
                {
                    return;
                }
                flushing.AddRange(_toFlush);
                _toFlush.Clear();
            }
            Exception? failure = null;
            try
            {
                _log.FlushToDisk();
            }
            catch (Exception e)
            {
                LogFlushFailed(e);
                failure = new ClickNotStoredException("The click could not be flushed to disk.", e);
            }
            foreach (var pending in flushing.SelectMany(b => b))
            {
                if (failure is null)
                {
                    pending.Committed.TrySetResult();
                }
                else
                {
                    pending.Committed.TrySetException(failure);
                }
            }
            flushing.Clear();
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

    private void Write(List<Pending> batch)
    {
        try
        {
            _log.Write(batch.ConvertAll(p => p.Click));
            Committed(batch.Count);
            Release(batch);
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
                _log.Write([pending.Click]);
                Committed(1);
                Release([pending]);
            }
            catch (Exception e)
            {
                LogClickFailed(e);
                pending.Committed.TrySetException(new ClickNotStoredException("The click could not be stored.", e));
            }
        }
    }

    private void Committed(int count)
    {
        _commitSize.Record(count);
        _committed.Add(count);
    }

    /// <summary>Committed clicks may answer now, or once the flusher has fsynced them.</summary>
    private void Release(List<Pending> committed)
    {
        if (_flushes)
        {
            lock (_toFlush)
            {
                _toFlush.Add(committed);
                Monitor.Pulse(_toFlush);
            }
            return;
        }
        foreach (var pending in committed)
        {
            pending.Committed.TrySetResult();
        }
    }

    [LoggerMessage(LogLevel.Warning, "Storing a batch of {Count} clicks failed; storing them one by one.")]
    private partial void LogBatchFailed(Exception exception, int count);

    [LoggerMessage(LogLevel.Error, "Committed clicks could not be flushed to disk; their requests get no redirect.")]
    private partial void LogFlushFailed(Exception exception);

    [LoggerMessage(LogLevel.Error, "A click could not be stored; its request gets no redirect.")]
    private partial void LogClickFailed(Exception exception);

    private sealed record Pending(NewClick Click, TaskCompletionSource Committed);
}
