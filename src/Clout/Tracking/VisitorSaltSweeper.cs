using Clout.Hosting;
using Clout.Storage.Tracking;

namespace Clout.Tracking;

/// <summary>
/// Deletes visitor salts of past days every hour, also for workspaces that had no click today (a new day's first
/// click deletes its workspace's old salts too). Once a day's salt is gone, its visitor ids are anonymous for good.
/// With several nodes on one database, one of them sweeps (<see cref="ClusterTurns"/>).
/// </summary>
internal sealed partial class VisitorSaltSweeper(IServiceScopeFactory scopes, TimeProvider clock, ClusterTurns turns, ILogger<VisitorSaltSweeper> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        await using var turn = turns.For("visitor-salt-sweep");
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
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<VisitorSaltStore>()
                        .DeleteBeforeAsync(clock.GetUtcNow().UtcDateTime.Date, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogSweepFailed(e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(LogLevel.Warning, "Deleting past visitor salts failed; the next sweep tries again.")]
    private partial void LogSweepFailed(Exception exception);
}
