using System.Runtime.ExceptionServices;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Storage.Reports;

/// <summary>
/// The tier report's two connections: one read runs on the caller's scope, the other on a second scope of the same
/// workspace (its own DbContext, so its own connection), and each hands the other what it has read as soon as it has
/// it, instead of both reading it. Both read under one cancellation: the caller's, or the first failure on either
/// side, which stops the other instead of letting it finish reading 2 million clicks for nothing. The caller gets that
/// first failure itself, never the "cancelled" it caused on the other side, and the second side has always ended
/// before its scope is disposed.
/// </summary>
internal sealed class ReportHandOver : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private Exception? _firstError;

    private ReportHandOver(CancellationToken caller) => _stop = CancellationTokenSource.CreateLinkedTokenSource(caller);

    /// <summary>The one cancellation both sides read under.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The filter's posts (first side to second: CPM and CPE).</summary>
    public TaskCompletionSource<List<ReportPost>> Posts { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The comments under the filter's posts (second side to first: engagement and, over the whole history, comment pods).</summary>
    public TaskCompletionSource<ReportComments> Comments { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Each influencer's tier (first side to second: loyalty).</summary>
    public TaskCompletionSource<IReadOnlyDictionary<long, Tier>> Tiers { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every order (second side to first: the posts' order timing).</summary>
    public TaskCompletionSource<CustomerOrders> Orders { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Runs <paramref name="main"/> here and <paramref name="side"/> on a second scope of <paramref name="workspace"/>'s
    /// workspace (resolve what it runs from the provider it is given), both at once.
    /// </summary>
    public static async Task<(TMain Main, TSide Side)> RunAsync<TMain, TSide>(IServiceScopeFactory scopes, WorkspaceScope workspace,
        Func<ReportHandOver, Task<TMain>> main, Func<IServiceProvider, ReportHandOver, Task<TSide>> side, CancellationToken cancellationToken)
    {
        await using var second = scopes.CreateAsyncScope();
        second.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(workspace.WorkspaceId, workspace.WorkspaceName ?? "");
        using var handOver = new ReportHandOver(cancellationToken);
        // Started without the token: RunSideAsync watches it, and must run to fail what it was to hand over.
        var sideRead = Task.Run(() => handOver.RunSideAsync(side, second.ServiceProvider));
        try
        {
            TMain mainResult;
            try
            {
                mainResult = await main(handOver);
            }
            catch (Exception e)
            {
                handOver.Fail(e); // stops the other connection, which may be waiting for something this one was to hand over
                throw;
            }
            finally
            {
                await sideRead.ContinueWith(static _ => { }, TaskScheduler.Default); // never leave it running on a disposed scope
            }
            return (mainResult, await sideRead);
        }
        catch
        {
            handOver.ThrowFirstError(); // the failure that stopped the report, not the other side's "cancelled" that followed
            throw;
        }
    }

    private async Task<TSide> RunSideAsync<TSide>(Func<IServiceProvider, ReportHandOver, Task<TSide>> side, IServiceProvider services)
    {
        try
        {
            Token.ThrowIfCancellationRequested();
            return await side(services, this);
        }
        catch (Exception e)
        {
            Fail(e);
            throw;
        }
    }

    /// <summary>Keeps the first failure, fails whatever was not handed over yet and stops the other connection.</summary>
    private void Fail(Exception error)
    {
        Interlocked.CompareExchange(ref _firstError, error, null);
        Posts.TrySetException(error);
        Comments.TrySetException(error);
        Tiers.TrySetException(error);
        Orders.TrySetException(error);
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // the report is over already
        }
    }

    /// <summary>Throws the first failure with its own stack, if there was one.</summary>
    private void ThrowFirstError()
    {
        if (_firstError is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }
    }

    public void Dispose() => _stop.Dispose();
}
