using System.Diagnostics.Metrics;
using Clout.Storage.Cluster;

namespace Clout.Hosting;

/// <summary>
/// Hands each periodic job of `clout serve` its <see cref="ClusterTurn"/>, so that it runs on one node of several,
/// and counts the turns (clout.cluster.turns: whose turn it was, per job) so that an operator can see which node works.
/// </summary>
internal sealed class ClusterTurns(IClusterLock clusterLock, IMeterFactory meters)
{
    private readonly Counter<long> _turns = meters.Create("Clout").CreateCounter<long>("clout.cluster.turns", "{turn}",
        "Turns of periodic jobs, by job and by whether this node ran it (this_node) or another held it (other_node)");

    public ClusterTurn For(string job) => new(clusterLock, job, _turns);
}
