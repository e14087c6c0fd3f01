using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Reports;

/// <summary>The two connections' hand-over on its own, without a database: sides that wait for each other, fail or are cancelled.</summary>
public sealed class ReportHandOverTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_EachSideWaitsForTheOther_BothResultsReturn()
    {
        await using var services = Services();

        var (main, side) = await ReportHandOver.RunAsync(services.GetRequiredService<IServiceScopeFactory>(), Workspace(),
            async handOver =>
            {
                handOver.Tiers.TrySetResult(new Dictionary<long, Tier> { [1] = Tier.Micro });
                return (await handOver.Orders.Task.WaitAsync(handOver.Token)).Rows.Count;
            },
            async (_, handOver) =>
            {
                var tiers = await handOver.Tiers.Task.WaitAsync(handOver.Token);
                handOver.Orders.TrySetResult(new CustomerOrders(new ReportFilter(), new Dictionary<long, long>(),
                    [new CustomerOrderRow("o1", 1, DateTime.UnixEpoch, null), new CustomerOrderRow("o2", 1, DateTime.UnixEpoch, null)]));
                return tiers[1];
            }, Ct).WaitAsync(Limit, Ct);

        Assert.Equal((2, Tier.Micro), (main, side));
    }

    [Fact]
    public async Task RunAsync_SideFailsWhileMainWaits_ThrowsTheSideErrorItself()
    {
        await using var services = Services();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ReportHandOver.RunAsync(
            services.GetRequiredService<IServiceScopeFactory>(), Workspace(),
            async handOver =>
            {
                // Reads on as a database read would, under the shared token: the side's failure cancels it.
                await Task.Delay(Timeout.Infinite, handOver.Token);
                return true;
            },
            (_, _) => Task.FromException<bool>(new InvalidOperationException("side broke")), Ct)).WaitAsync(Limit, Ct);

        // Not the "cancelled" the main side ended with.


        Assert.Equal("side broke", error.Message);
    }

    [Fact]
    public async Task RunAsync_MainFailsWhileSideWaits_ThrowsTheMainErrorOnceTheSideHasEnded()
    {
        await using var services = Services();
        var sideStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sideEnded = false;

        var error = await Assert.ThrowsAsync<FormatException>(() => ReportHandOver.RunAsync<bool, bool>(
            services.GetRequiredService<IServiceScopeFactory>(), Workspace(),
            async _ =>
            {
                await sideStarted.Task;
                throw new FormatException("main broke");
            },
            async (_, handOver) =>
            {
                try
                {
                    sideStarted.TrySetResult();
                    // Waits on the token as a database read would: the main side's failure must stop it.
                    await Task.Delay(Timeout.Infinite, handOver.Token);
                    return true;
                }
                finally
                {
                    sideEnded = true;
                }
            }, Ct)).WaitAsync(Limit, Ct);

        Assert.Equal("main broke", error.Message);
        Assert.True(sideEnded);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_BothSidesStop()
    {
        await using var services = Services();
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = ReportHandOver.RunAsync(services.GetRequiredService<IServiceScopeFactory>(), Workspace(),
            async handOver => await handOver.Comments.Task.WaitAsync(handOver.Token) is not null,
            async (_, handOver) =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, handOver.Token);
                return true;
            }, cancel.Token);
        await started.Task.WaitAsync(Limit, Ct);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run).WaitAsync(Limit, Ct);
    }

    [Fact]
    public async Task RunAsync_SecondScope_ActsForTheWorkspaceAndOutlivesTheSide()
    {
        await using var services = Services();
        Probe? probe = null;
        var mainDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var workspaceId = await ReportHandOver.RunAsync(services.GetRequiredService<IServiceScopeFactory>(), Workspace(),
            _ =>
            {
                mainDone.SetResult();
                return Task.FromResult(0);
            },
            async (side, handOver) =>
            {
                probe = side.GetRequiredService<Probe>();
                await mainDone.Task.WaitAsync(handOver.Token); // still reading after the main side is done
                probe.SideEnded = true;
                return side.GetRequiredService<WorkspaceScope>().WorkspaceId;
            }, Ct).WaitAsync(Limit, Ct);

        Assert.Equal(42, workspaceId.Side);
        Assert.NotNull(probe);
        Assert.True(probe.DisposedAfterTheSideEnded);
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddScoped<WorkspaceScope>();
        services.AddScoped<Probe>();
        return services.BuildServiceProvider();
    }

    private static WorkspaceScope Workspace()
    {
        var workspace = new WorkspaceScope();
        workspace.Set(42, "shop");
        return workspace;
    }

    /// <summary>A scoped service that notes whether its scope was disposed before or after the side's work ended.</summary>
    private sealed class Probe : IDisposable
    {
        public bool SideEnded { get; set; }

        public bool DisposedAfterTheSideEnded { get; private set; }

        public void Dispose() => DisposedAfterTheSideEnded = SideEnded;
    }
}
