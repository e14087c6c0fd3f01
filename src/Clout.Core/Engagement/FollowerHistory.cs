namespace Clout.Core.Engagement;

/// <summary>A dated follower count, as imported from a platform export or a daily snapshot.</summary>
public readonly record struct FollowerCount(DateTime AtUtc, long Followers);

/// <summary>
/// Follower counts over time, answering "how many followers did this account have when it posted?".
/// Between two snapshots the count is interpolated linearly; before the first or after the last it is the
/// nearest snapshot, because extrapolating growth would invent audiences.
/// </summary>
public sealed class FollowerHistory
{
    private readonly FollowerCount[] _snapshots;

    /// <summary>The snapshots with a positive count, oldest first.</summary>
    public IReadOnlyList<FollowerCount> Snapshots => _snapshots;

    public FollowerHistory(IEnumerable<FollowerCount> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        _snapshots = [.. snapshots.Where(s => s.Followers > 0).OrderBy(s => s.AtUtc)];
    }

    public bool IsEmpty => _snapshots.Length == 0;

    /// <summary>Followers at <paramref name="atUtc"/>, or <paramref name="fallback"/> when there is no snapshot.</summary>
    public double FollowersAt(DateTime atUtc, long fallback)
    {
        if (_snapshots.Length == 0)
        {
            return fallback;
        }
        if (atUtc <= _snapshots[0].AtUtc)
        {
            return _snapshots[0].Followers;
        }
        if (atUtc >= _snapshots[^1].AtUtc)
        {
            return _snapshots[^1].Followers;
        }
        var index = Array.BinarySearch(_snapshots, new FollowerCount(atUtc, 0), SnapshotTimeComparer.Instance);
        if (index >= 0)
        {
            return _snapshots[index].Followers;
        }
        var after = _snapshots[~index];
        var before = _snapshots[~index - 1];
        var span = (after.AtUtc - before.AtUtc).Ticks;
        var fraction = (double)(atUtc - before.AtUtc).Ticks / span;
        return before.Followers + (fraction * (after.Followers - before.Followers));
    }

    /// <summary>The last known count, or <paramref name="fallback"/> without snapshots.</summary>
    public long Latest(long fallback) => _snapshots.Length == 0 ? fallback : _snapshots[^1].Followers;

    private sealed class SnapshotTimeComparer : IComparer<FollowerCount>
    {
        public static SnapshotTimeComparer Instance { get; } = new();

        public int Compare(FollowerCount x, FollowerCount y) => x.AtUtc.CompareTo(y.AtUtc);
    }
}
