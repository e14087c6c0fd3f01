using Clout.Storage.Tracking;
using Microsoft.Extensions.Options;

namespace Clout.Tracking;

/// <summary>
/// Once at start and then daily: makes the coming months' click partitions (PostgreSQL), and, when
/// <see cref="RetentionOptions.ClickMonths"/> is set, rolls up and drops the clicks older than that. Safe on several
/// nodes at once: making a partition locks the clicks table and looks again, and dropping holds a PostgreSQL advisory
/// lock (<see cref="ClickRetention"/>), so each month is made and dropped once.
/// </summary>
internal sealed partial class ClickRetentionJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RetentionOptions> options,
    ILogger<ClickRetentionJob> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var made = await scope.ServiceProvider.GetRequiredService<ClickPartitions>().EnsureAsync(now, cancellationToken);
        if (made > 0)
        {
            LogPartitionsMade(made);
        }
        if (options.Value.ClickMonths is > 0 and var months)
        {
            var cutoff = ClickRetention.CutoffUtc(now, months);
            var dropped = await scope.ServiceProvider.GetRequiredService<ClickRetention>().DropBeforeAsync(cutoff, cancellationToken);
            LogDropped(cutoff, dropped);
        }
    }

    [LoggerMessage(LogLevel.Information, "Made {Count} monthly click partitions ahead.")]
    private partial void LogPartitionsMade(int count);

    [LoggerMessage(LogLevel.Information, "Clicks before {CutoffUtc:yyyy-MM-dd} rolled up by day and dropped ({Batches} partitions or collaborations).")]
    private partial void LogDropped(DateTime cutoffUtc, int batches);

    [LoggerMessage(LogLevel.Warning, "Click partitions or retention failed; the next daily run tries again.")]
    private partial void LogFailed(Exception exception);
}
