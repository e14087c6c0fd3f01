using System.Text;
using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion.Presets;

/// <summary>The platform exports under Samples/ (made-up rows in the exports' own shape), imported as a user would.</summary>
internal static class PresetSamples
{
    /// <summary>Lena on Instagram and on Facebook (stored as "other"), Max on TikTok.</summary>
    public const string Roster = """
        handle,platform,display_name,followers
        lena.bakes,instagram,Lena Bakes,25000
        lena.bakes.page,other,Lena Bakes (Facebook),8000
        max_runs,tiktok,Max,2500000
        """;

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Presets", "Samples", name));

    public static async Task<WorkspaceInfo> RosterAsync(TestDatabase db)
    {
        var ws = await db.CreateWorkspaceAsync("brand");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Roster)).AssertSucceeded();
        return ws;
    }

    public static Task<ImportResult> ImportAsync(TestDatabase db, WorkspaceInfo ws, ImportKind kind, string text, ImportOptions options) =>
        ImportAsync(db, ws, kind, Encoding.UTF8.GetBytes(text), options);

    public static async Task<ImportResult> ImportAsync(TestDatabase db, WorkspaceInfo ws, ImportKind kind, byte[] bytes, ImportOptions options)
    {
        await using var scope = db.CreateScope(ws);
        using var stream = new MemoryStream(bytes, writable: false);
        return await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(kind, stream, options, null, Ct);
    }

    public static Task<List<StoredPost>> PostsAsync(TestDatabase db, WorkspaceInfo ws) =>
        db.QueryAsync(ws, c => c.Posts
            .Join(c.Influencers, p => p.InfluencerId, i => i.Id, (p, i) => new { p, i.Handle, i.Platform })
            .OrderBy(j => j.p.PublishedAtUtc)
            .Select(j => new StoredPost(j.p.ExternalId, j.Handle, j.Platform, j.p.PublishedAtUtc, j.p.Kind,
                j.p.Likes, j.p.Comments, j.p.Shares, j.p.Saves, j.p.Views, j.p.Reach, j.p.Impressions))
            .ToListAsync(Ct));

    public static async Task<List<StoredSnapshot>> SnapshotsAsync(TestDatabase db, WorkspaceInfo ws) =>
        [.. (await db.QueryAsync(ws, c => c.FollowerSnapshots
            .Join(c.Influencers, s => s.InfluencerId, i => i.Id, (s, i) => new StoredSnapshot(i.Handle, i.Platform, s.DateUtc, s.Followers, s.Following))
            .ToListAsync(Ct))).OrderBy(s => s.DateUtc)];

    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}

internal sealed record StoredPost(string PostId, string Handle, Platform Platform, DateTime PublishedAtUtc, string? Kind,
    long Likes, long Comments, long Shares, long Saves, long? Views, long? Reach, long? Impressions);

internal sealed record StoredSnapshot(string Handle, Platform Platform, DateTime DateUtc, long Followers, long? Following);
