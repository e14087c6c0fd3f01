using Clout.Hosting;
using Clout.Storage.Tracking;
using Microsoft.Extensions.Options;

namespace Clout.Tracking;

/// <summary>
/// Once at start and then daily: makes the coming months' click partitions (PostgreSQL), and, when
/// <see cref="RetentionOptions.ClickMonths"/> is set, rolls up and drops the clicks older than that. With several
/// nodes on one database, one of them does it (<see cref="ClusterTurns"/>); making a partition also locks the clicks
/// table and looks again, so a month is made once whoever makes it.
/// </summary>
internal sealed partial class ClickRetentionJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RetentionOptions> options,
    ClusterTurns turns, ILogger<ClickRetentionJob> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        await using var turn = turns.For("click-retention");
        try
        {
            do
            {
                try
                {
                    if (!await turn.IsMineAsync(stoppingToken))
                    {
                        continue;
                    }
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

    private async Task RunOnceAsync(CancellationToken cancellationToken)
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
