using Clout.Core.Roster;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Ingestion.Kinds;

/// <summary>Dated follower counts of influencers already imported, one per influencer and day; a known day is replaced.</summary>
internal sealed class FollowerImporter(CloutDbContext db, WorkspaceScope scope, ImportReferences references)
    : KindImporter<FollowerRow, FollowerImporter.Plan>
{
    /// <summary>Each row's influencer id (from the check) and how many rows replace a stored day (from the preparation).</summary>
    internal sealed record Plan(long[] Influencers, int Stored);

    internal static readonly ImportSchema Columns = new(["influencer_handle", "platform", "date", "followers"], ["following"]);

    private const string Sql = """
        INSERT INTO follower_snapshots (workspace_id, influencer_id, date_utc, followers, following)
        VALUES (@p0, @p1, @p2, @p3, @p4)
        ON CONFLICT (workspace_id, influencer_id, date_utc) DO UPDATE SET
          followers = excluded.followers, following = excluded.following
        """;

    public override ImportKind Kind => ImportKind.Followers;

    public override ImportSchema Schema => Columns;

    public override IReadOnlyList<Type> Written { get; } = [typeof(FollowerSnapshot)];

    public override FollowerRow? Parse(FieldReader f)
    {
        var row = new FollowerRow(f.Handle("influencer_handle"), f.Platform("platform"), f.Time("date").Date,
            f.Count("followers", required: true), f.OptionalCount("following"));
        return f.RowHasErrors ? null : row with { DateUtc = DateTime.SpecifyKind(row.DateUtc, DateTimeKind.Utc) };
    }

    public override async Task<Plan> CheckAsync(IReadOnlyList<Numbered<FollowerRow>> rows, List<ImportError> errors, CancellationToken cancellationToken)
    {
        DuplicateRows.Reject(rows, r => (r.Platform, r.InfluencerHandle.ToLowerInvariant(), r.DateUtc), r => $"@{r.InfluencerHandle} on {r.DateUtc:yyyy-MM-dd}", "date", errors);
        return new Plan(await references.ResolveInfluencersAsync(rows, r => (r.Platform, r.InfluencerHandle), errors, cancellationToken), 0);
    }

    public override async Task<Plan> PrepareAsync(IReadOnlyList<Numbered<FollowerRow>> rows, Plan plan, CancellationToken cancellationToken)
    {
        var existing = (await db.FollowerSnapshots.AsNoTracking().Select(s => new { s.InfluencerId, s.DateUtc }).ToListAsync(cancellationToken))
            .Select(s => (s.InfluencerId, s.DateUtc)).ToHashSet();
        var stored = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            stored += existing.Contains((plan.Influencers[i], rows[i].Row.DateUtc)) ? 1 : 0;
        }
        return plan with { Stored = stored };
    }

    public override async Task<int> WriteAsync(IReadOnlyList<Numbered<FollowerRow>> rows, Plan plan, ImportWriter writer, CancellationToken cancellationToken)
    {
        var index = 0;
        await writer.WriteAsync(Sql, 5, rows, r => [scope.WorkspaceId, plan.Influencers[index++], r.DateUtc, r.Followers, r.Following], cancellationToken);
        return plan.Stored;
    }
}
