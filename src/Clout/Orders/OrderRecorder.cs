using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Microsoft.Extensions.Options;

namespace Clout.Orders;

/// <summary>
/// Takes orders in with a group commit, as <c>ClickRecorder</c> stores clicks: a request checks its order, puts it on a
/// bounded queue and waits; one writer takes everything queued, takes each workspace's orders in with
/// <see cref="OrderBatchIntake"/> (one query per lookup, one transaction), and only then lets those requests answer.
/// So a 2xx is never sent for an order that is not committed, and under load one commit serves hundreds of orders.
/// A batch that fails is taken again one order at a time, so one bad order does not cost the others theirs.
/// On shutdown the queue is closed and drained: every order that was accepted is written.
/// </summary>
internal sealed partial class OrderRecorder : BackgroundService, IIntakeQueue
{
    private readonly Channel<Pending> _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<OrderRecorder> _logger;
    private readonly Histogram<int> _commitSize;
    private readonly int _maxBatch;
    private readonly int _capacity;

    public OrderRecorder(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OrderOptions> options, IMeterFactory meters, ILogger<OrderRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(meters);
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        _maxBatch = options.Value.MaxBatch;
        _capacity = options.Value.QueueCapacity;
        _commitSize = meters.Create("Clout").CreateHistogram<int>("clout.orders.commit.size", "{order}", "Orders taken in by one group commit.");
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(_capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    }

    public string Name => "orders";

    public int Depth => _queue.Reader.Count;

    public int Capacity => _capacity;

    /// <summary>Completes once the order is committed (or found to be a repeat) with what became of it.</summary>
    /// <exception cref="StorageValidationException">The order breaks a rule; nothing was queued.</exception>
    /// <exception cref="OrderNotStoredException">The order could not be stored; the sender should send it again.</exception>
    public async Task<OrderIntakeResult> TakeAsync(long workspaceId, string workspaceName, OrderInput order, WebhookReceipt? receipt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (workspaceId == 0)
        {
            throw new InvalidOperationException("No workspace is selected.");
        }
        OrderRules.Require(order, _clock.GetUtcNow().UtcDateTime);
        var pending = new Pending(workspaceId, workspaceName, new IncomingOrder(order, receipt),
            new TaskCompletionSource<OrderIntakeResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (ChannelClosedException e)
        {
            throw new OrderNotStoredException("The server is shutting down.", e);
        }
        // Not cancelled with the request: an order that is queued gets written, whether or not anyone waits for it.
        return await pending.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The loop ends when the queue is closed and empty (StopAsync), not on the stopping token: draining wins.
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            var batch = new List<Pending>(Math.Min(_maxBatch, Math.Max(1, reader.Count)));
            while (batch.Count < _maxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            foreach (var workspace in batch.GroupBy(p => p.WorkspaceId))
            {
                await WriteAsync([.. workspace]);
            }
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

    /// <summary>One workspace's share of a batch: all at once, or one by one when that fails.</summary>
    private async Task WriteAsync(List<Pending> orders)
    {
        try
        {
            await using var services = _scopes.CreateAsyncScope();
            services.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(orders[0].WorkspaceId, orders[0].WorkspaceName);
            var results = await services.ServiceProvider.GetRequiredService<OrderBatchIntake>()
                .TakeManyAsync(orders.ConvertAll(p => p.Order), CancellationToken.None);
            _commitSize.Record(orders.Count);
            for (var i = 0; i < orders.Count; i++)
            {
                orders[i].Done.TrySetResult(results[i]);
            }
            return;
        }
        catch (Exception e)
        {
            LogBatchFailed(e, orders.Count);
        }
        foreach (var pending in orders)
        {
            await WriteOneAsync(pending);
        }
    }

    /// <summary>The single intake looks again for a delivery or an order that a concurrent writer stored meanwhile.</summary>
    private async Task WriteOneAsync(Pending pending)
    {
        try
        {
            await using var services = _scopes.CreateAsyncScope();
            services.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(pending.WorkspaceId, pending.WorkspaceName);
            var result = await services.ServiceProvider.GetRequiredService<OrderIntake>()
                .TakeAsync(pending.Order.Order, pending.Order.Receipt, CancellationToken.None);
            _commitSize.Record(1);
            pending.Done.TrySetResult(result);
        }
        catch (StorageValidationException e)
        {
            pending.Done.TrySetException(e);
        }
        catch (Exception e)
        {
            LogOrderFailed(e, pending.Order.Order.OrderId, pending.WorkspaceName);
            pending.Done.TrySetException(new OrderNotStoredException("The order could not be stored.", e));
        }
    }

    [LoggerMessage(LogLevel.Warning, "Taking in a batch of {Count} orders failed; taking them one by one.")]
    private partial void LogBatchFailed(Exception exception, int count);

    [LoggerMessage(LogLevel.Error, "Order {OrderId} of workspace {Workspace} could not be stored; its request is answered 503 so that it is sent again.")]
    private partial void LogOrderFailed(Exception exception, string orderId, string workspace);

    private sealed record Pending(long WorkspaceId, string WorkspaceName, IncomingOrder Order, TaskCompletionSource<OrderIntakeResult> Done);
}
