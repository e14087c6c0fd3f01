using Clout.Core.Roster;
using Clout.Storage.Model;

namespace Clout.Storage.Ingestion.Kinds;

/// <summary>
/// Influencers, keyed by platform and handle. Handles are case-insensitive on every platform: stored lower-case so
/// "@Lena" does not fork "@lena". A known influencer keeps what the file leaves empty.
/// </summary>
internal sealed class InfluencerImporter(WorkspaceScope scope, ImportReferences references) : KindImporter<InfluencerRow, int>
{
    internal static readonly ImportSchema Columns = new(["handle", "platform"], ["display_name", "niche", "followers", "following", "country"]);

    private const string Sql = """
        INSERT INTO influencers (workspace_id, handle, platform, display_name, niche, followers, following, country)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)
        ON CONFLICT (workspace_id, platform, handle) DO UPDATE SET
          display_name = COALESCE(excluded.display_name, influencers.display_name),
          niche = COALESCE(excluded.niche, influencers.niche),
          followers = CASE WHEN excluded.followers > 0 THEN excluded.followers ELSE influencers.followers END,
          following = COALESCE(excluded.following, influencers.following),
          country = COALESCE(excluded.country, influencers.country)
        """;

    public override ImportKind Kind => ImportKind.Influencers;

    public override ImportSchema Schema => Columns;

    public override IReadOnlyList<Type> Written { get; } = [typeof(Influencer)];

    public override InfluencerRow? Parse(FieldReader f)
    {
        var row = new InfluencerRow(f.Handle("handle"), f.Platform("platform"), f.Text("display_name"), f.Text("niche", 100),
            f.OptionalCount("followers"), f.OptionalCount("following"), f.Country("country"));
        return f.RowHasErrors ? null : row;
    }

    public override Task<int> CheckAsync(IReadOnlyList<Numbered<InfluencerRow>> rows, List<ImportError> errors, CancellationToken cancellationToken)
    {
        DuplicateRows.Reject(rows, r => (r.Platform, r.Handle.ToLowerInvariant()), r => $"@{r.Handle} on {r.Platform.ToName()}", "handle", errors);
        return Task.FromResult(0);
    }

    /// <summary>The plan: how many rows update an influencer already stored.</summary>
    public override async Task<int> PrepareAsync(IReadOnlyList<Numbered<InfluencerRow>> rows, int plan, CancellationToken cancellationToken)
    {
        var existing = await references.InfluencerIdsAsync(cancellationToken);
        return rows.Count(r => existing.ContainsKey((r.Row.Platform, r.Row.Handle.ToLowerInvariant())));
    }

    public override async Task<int> WriteAsync(IReadOnlyList<Numbered<InfluencerRow>> rows, int plan, ImportWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(Sql, 8, rows, r =>
        [
            scope.WorkspaceId, r.Handle.ToLowerInvariant(), r.Platform.ToName(), r.DisplayName, r.Niche, r.Followers ?? 0, r.Following, r.Country,
        ], cancellationToken);
        return plan;
    }
}
