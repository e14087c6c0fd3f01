using System.Diagnostics.Metrics;
using System.Threading.Channels;

namespace Clout.Hosting;

/// <summary>
/// A group commit for work acknowledged on commit: requests put their item on a bounded queue and wait; one writer
/// takes everything queued (up to a batch), commits it in one go (<see cref="CommitBatchAsync"/>), and only then completes
/// those requests with their results. Under load one commit serves hundreds of requests. A batch that fails is
/// committed again item by item, so one bad item costs only its own request. On shutdown the queue is closed and
/// drained: every accepted item is committed.
/// </summary>
/// <remarks>
/// A queue whose batch is several transactions (one per workspace, say) names each item's part
/// (<see cref="PartOf"/>): each part is committed and, when it fails, taken again item by item on its own, so a part
/// already committed is never committed twice.
/// </remarks>
/// <remarks>
/// The writer is a thread of its own that blocks while it waits, not a task of the thread pool: under load the pool's
/// queue holds thousands of request continuations, and a writer that waited its turn behind them for every wake-up
/// held every waiting request back as long (the click recorder measured it; bench/README.md).
/// </remarks>
internal abstract partial class GroupCommitQueue<TItem, TResult> : BackgroundService, IIntakeQueue
{
    private readonly Channel<Pending> _queue;
    private readonly Histogram<int> _commitSize;
    private readonly ILogger _logger;
    private readonly int _maxBatch;

    protected GroupCommitQueue(string name, int capacity, int maxBatch, IMeterFactory meters, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Name = name;
        Capacity = capacity;
        _maxBatch = maxBatch;
        _logger = logger;
        _commitSize = meters.Create("Clout").CreateHistogram<int>($"clout.{name}.commit.size", "{item}", "Items committed in one transaction.");
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            // The one reader is a blocked thread: a request that queues an item wakes it directly, not through the pool.
            AllowSynchronousContinuations = true,
        });
    }

    public string Name { get; }

    public int Depth => _queue.Reader.Count;

    public int Capacity { get; }

    /// <summary>Completes with the item's result once it is committed.</summary>
    /// <exception cref="IntakeNotStoredException">The item could not be committed, or the server is stopping.</exception>
    public async Task<TResult> CommitAsync(TItem item, CancellationToken cancellationToken)
    {
        var pending = new Pending(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (ChannelClosedException e)
        {
            throw new IntakeNotStoredException("The server is shutting down.", e);
        }
        // Not cancelled with the request: an item that is queued gets committed, whether or not anyone waits for it.
        return await pending.Committed.Task;
    }

    /// <summary>Commits the items (all of one part) in one transaction: one result per item, in their order; throws when none were committed.</summary>
    protected abstract Task<IReadOnlyList<TResult>> CommitBatchAsync(IReadOnlyList<TItem> batch);

    /// <summary>Commits one item on its own: an item alone in its part, or one of a part that failed. By default a batch of one.</summary>
    protected virtual async Task<TResult> CommitOneAsync(TItem item) => (await CommitBatchAsync([item]))[0];

    /// <summary>The part of a batch the item is committed with; by default the whole batch is one part.</summary>
    protected virtual long PartOf(TItem item) => 0;

    /// <summary>
    /// Whether a failure to commit one item is its own answer (it breaks a rule that only the write could check): that
    /// exception is handed to its request as it is, not as <see cref="IntakeNotStoredException"/>, and not logged.
    /// </summary>
    protected virtual bool IsRefusal(Exception exception) => false;

    /// <summary>The item as the log line of its failure names it.</summary>
    protected virtual string Describe(TItem item) => "An item";

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
            Name = $"Clout {Name} writer",
        };
        writer.Start();
        return finished.Task;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The web server has stopped taking requests by now (it stops first); what is queued still gets committed.
        _queue.Writer.TryComplete();
        if (ExecuteTask is { } running)
        {
            await running.WaitAsync(cancellationToken);
        }
        await base.StopAsync(cancellationToken);
    }

    private void WriteQueued()
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

    private void Write(List<Pending> batch)
    {
        foreach (var part in batch.GroupBy(p => PartOf(p.Item)))
        {
            WritePart([.. part]);
        }
    }

    private void WritePart(List<Pending> part)
    {
        if (part.Count > 1)
        {
            try
            {
                // The caller is the writer's own thread: it may wait for the database, nothing else runs on it.
                var results = CommitBatchAsync(part.ConvertAll(p => p.Item)).GetAwaiter().GetResult();
                _commitSize.Record(part.Count);
                for (var i = 0; i < part.Count; i++)
                {
                    part[i].Committed.TrySetResult(results[i]);
                }
                return;
            }
            catch (Exception e)
            {
                LogBatchFailed(e, Name, part.Count);
            }
        }
        // One bad item (say, of a survey deleted a moment ago, or one that lost a race to another node) must not cost
        // the others theirs: one by one.
        foreach (var pending in part)
        {
            try
            {
                var result = CommitOneAsync(pending.Item).GetAwaiter().GetResult();
                _commitSize.Record(1);
                pending.Committed.TrySetResult(result);
            }
            catch (Exception e) when (IsRefusal(e))
            {
                pending.Committed.TrySetException(e);
            }
            catch (Exception e)
            {
                LogItemFailed(e, Describe(pending.Item), Name);
                pending.Committed.TrySetException(new IntakeNotStoredException("It could not be stored.", e));
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Committing a batch of {Count} {Queue} failed; committing them one by one.")]
    private partial void LogBatchFailed(Exception exception, string queue, int count);

    [LoggerMessage(LogLevel.Error, "{Item} of {Queue} could not be stored; its request is refused.")]
    private partial void LogItemFailed(Exception exception, string item, string queue);

    private sealed record Pending(TItem Item, TaskCompletionSource<TResult> Committed);
}
