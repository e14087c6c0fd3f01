using System.Linq.Expressions;
using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Roster;
using Clout.Storage.Tests.Ingestion;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests;

/// <summary>Tenant isolation: the model's query filters, the schema's workspace_id columns, and what a scope can see.</summary>
public sealed class CloutDbContextTests
{
    /// <summary>
    /// Entities that deliberately hold no workspace data, each with its reason. Everything else must be
    /// workspace-owned: a new entity that forgets it fails here, before it can leak across tenants.
    /// </summary>
    private static readonly Dictionary<Type, string> Global = new()
    {
        [typeof(Workspace)] = "the tenant itself: WorkspaceStore lists and resolves workspaces before any scope exists",
        [typeof(TrackingLinkCode)] = "finds the workspace behind a public link code, which /r/{code} carries alone",
        [typeof(SurveyPublicId)] = "finds the workspace behind a survey's public id, which the public survey endpoints carry alone",
        [typeof(DataProtectionKey)] = "the key ring every node and the CLI share; it protects every workspace's secrets alike",
    };

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Model_EveryEntityWithWorkspaceData_HasWorkspaceQueryFilter(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();

        var problems = new List<string>();
        var entities = context.Model.GetEntityTypes().ToList();
        foreach (var entity in entities.Where(e => !Global.ContainsKey(e.ClrType)))
        {
            var name = entity.ClrType.Name;
            if (!typeof(IWorkspaceOwned).IsAssignableFrom(entity.ClrType))
            {
                problems.Add($"{name} does not implement IWorkspaceOwned");
            }
            if (entity.FindProperty(nameof(IWorkspaceOwned.WorkspaceId)) is null)
            {
                problems.Add($"{name} has no WorkspaceId property");
            }
            var filters = entity.GetDeclaredQueryFilters();
            if (!filters.Any(f => f.Expression is { } lambda && ComparesWorkspaceId(lambda)))
            {
                problems.Add($"{name} has no query filter on WorkspaceId == CurrentWorkspaceId");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The walk covered the model: one entity per DbSet the context exposes, the listed exceptions among them.
        var sets = typeof(CloutDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0]);
        Assert.Equal(sets.OrderBy(t => t.Name), entities.Select(e => e.ClrType).OrderBy(t => t.Name));
        Assert.All(Global.Keys, t => Assert.Contains(entities, e => e.ClrType == t));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Schema_EveryWorkspaceOwnedTable_HasWorkspaceIdColumn(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();

        var problems = new List<string>();
        foreach (var entity in context.Model.GetEntityTypes().Where(e => !Global.ContainsKey(e.ClrType)))
        {
            var table = entity.GetTableName()!;
            var mapped = entity.FindProperty(nameof(IWorkspaceOwned.WorkspaceId))?.GetColumnName();
            if (mapped != "workspace_id")
            {
                problems.Add($"{table}: WorkspaceId maps to '{mapped}', not workspace_id");
            }
            // The migrated database, not only the model: a migration could have dropped or renamed it.
            var columns = await ColumnsAsync(context, provider, table);
            Assert.NotEmpty(columns);
            if (!columns.Contains("workspace_id"))
            {
                problems.Add($"{table} has no workspace_id column (columns: {string.Join(", ", columns)})");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task QueryFilters_DataOfWorkspaceA_AreInvisibleFromWorkspaceB(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        await ImportSamplesAsync(db, a);

        var seenByB = await db.QueryAsync(b, CountAllAsync);
        var seenByA = await db.QueryAsync(a, CountAllAsync);

        Assert.Equal(new TenantCounts(0, 0, 0, 0, 0, 0), seenByB);
        // 2 influencers, 2 posts, 3 comments, 3 snapshots, 1 campaign ("Spring 2026"), 2 collaborations.
        Assert.Equal(new TenantCounts(2, 2, 3, 3, 1, 2), seenByA);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task QueryFilters_ContextWithoutWorkspace_SeesNoTenantRows(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        await ImportSamplesAsync(db, a);

        await using var scope = db.CreateScope();
        var seen = await CountAllAsync(scope.ServiceProvider.GetRequiredService<CloutDbContext>());

        Assert.Equal(new TenantCounts(0, 0, 0, 0, 0, 0), seen);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TierReportQuery_DataOfWorkspaceA_AreInvisibleFromWorkspaceB(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        await ImportSamplesAsync(db, a);

        var (rosterA, reportA) = await ReportAsync(db, a);
        var (rosterB, reportB) = await ReportAsync(db, b);

        Assert.Equal(["lena.bakes", "max_runs"], rosterA.Select(s => s.Handle).Order());
        Assert.Equal(2, reportA.Tiers.Sum(t => t.Posts));
        Assert.Empty(rosterB);
        Assert.Empty(reportB.Tiers);
        Assert.Empty(reportB.Contrasts);
        Assert.Equal("brand-b", reportB.Workspace);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TierReportQuery_InfluencerIdOfWorkspaceA_IsNotFoundThroughWorkspaceB(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        await ImportSamplesAsync(db, a);
        // B has a roster of its own, so "not found" cannot come from an empty workspace.
        await db.ImportCsvAsync(b, ImportKind.Influencers, SampleFiles.ToCsv(SampleFiles.Influencers));
        var lenaOfA = await db.QueryAsync(a, c => c.Influencers.Where(i => i.Handle == "lena.bakes").Select(i => i.Id).SingleAsync(Ct));

        var fromA = await InfluencerAsync(db, a, lenaOfA);
        var fromB = await InfluencerAsync(db, b, lenaOfA);

        Assert.NotNull(fromA);
        Assert.Equal("lena.bakes", fromA.Value.Influencer.Handle);
        Assert.Equal(["p1"], fromA.Value.Posts.Select(p => p.PostId));
        Assert.Null(fromB);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_RowAimedAtAnotherWorkspace_IsRefused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");

        await using (var scope = db.CreateScope(b))
        {
            var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
            context.Influencers.Add(new Influencer { WorkspaceId = a.Id, Handle = "intruder", Platform = Platform.Instagram, Followers = 1 });
            await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync(Ct));
        }

        Assert.Equal(0, await db.QueryAsync(a, c => c.Influencers.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_NewRowWithoutWorkspace_TakesTheScopesWorkspace(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");

        await using (var scope = db.CreateScope(b))
        {
            var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
            context.Influencers.Add(new Influencer { Handle = "stamped", Platform = Platform.TikTok, Followers = 1 });
            await context.SaveChangesAsync(Ct);
        }

        var stored = await db.QueryAsync(b, c => c.Influencers.Select(i => new { i.Handle, i.WorkspaceId }).SingleAsync(Ct));
        Assert.Equal(("stamped", b.Id), (stored.Handle, stored.WorkspaceId));
        Assert.Equal(0, await db.QueryAsync(a, c => c.Influencers.CountAsync(Ct)));
    }

    internal static async Task ImportSamplesAsync(TestDatabase db, WorkspaceInfo workspace)
    {
        foreach (var (kind, records) in SampleFiles.All)
        {
            (await db.ImportCsvAsync(workspace, kind, SampleFiles.ToCsv(records))).AssertSucceeded();
        }
    }

    private static async Task<TenantCounts> CountAllAsync(CloutDbContext c) => new(
        await c.Influencers.CountAsync(Ct),
        await c.Posts.CountAsync(Ct),
        await c.Comments.CountAsync(Ct),
        await c.FollowerSnapshots.CountAsync(Ct),
        await c.Campaigns.CountAsync(Ct),
        await c.Collaborations.CountAsync(Ct));

    private sealed record TenantCounts(int Influencers, int Posts, int Comments, int Snapshots, int Campaigns, int Collaborations);

    private static async Task<(List<InfluencerSummary> Roster, Core.Reports.TierReport Report)> ReportAsync(TestDatabase db, WorkspaceInfo workspace)
    {
        await using var scope = db.CreateScope(workspace);
        var roster = scope.ServiceProvider.GetRequiredService<RosterQuery>();
        var query = scope.ServiceProvider.GetRequiredService<TierReportQuery>();
        return (await roster.InfluencersAsync(new ReportFilter(), Ct), await query.BuildAsync(new ReportFilter(), Ct));
    }

    private static async Task<(InfluencerSummary Influencer, List<PostEngagement> Posts)?> InfluencerAsync(TestDatabase db, WorkspaceInfo workspace, long id)
    {
        await using var scope = db.CreateScope(workspace);
        return await scope.ServiceProvider.GetRequiredService<InfluencerPostsQuery>().LoadAsync(id, new ReportFilter(), Ct);
    }

    private static async Task<HashSet<string>> ColumnsAsync(CloutDbContext context, DatabaseProvider provider, string table)
    {
        var columns = provider == DatabaseProvider.Sqlite
            ? context.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM pragma_table_info({table})")
            : context.Database.SqlQuery<string>(
                $"SELECT column_name::text AS \"Value\" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = {table}");
        return [.. await columns.ToListAsync(Ct)];
    }

    /// <summary>True when the filter compares the entity's WorkspaceId with the context's CurrentWorkspaceId.</summary>
    private static bool ComparesWorkspaceId(LambdaExpression filter)
    {
        var finder = new WorkspaceComparisonFinder(filter.Parameters[0]);
        finder.Visit(filter.Body);
        return finder.Found;
    }

    private sealed class WorkspaceComparisonFinder(ParameterExpression entity) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType == ExpressionType.Equal
                && ((IsEntityWorkspaceId(node.Left) && IsCurrentWorkspace(node.Right)) || (IsEntityWorkspaceId(node.Right) && IsCurrentWorkspace(node.Left))))
            {
                Found = true;
            }
            return base.VisitBinary(node);
        }

        private bool IsEntityWorkspaceId(Expression e) =>
            e is MemberExpression { Member.Name: nameof(IWorkspaceOwned.WorkspaceId) } m && m.Expression == entity;

        private static bool IsCurrentWorkspace(Expression e) =>
            e is MemberExpression { Member.Name: nameof(CloutDbContext.CurrentWorkspaceId) } m && typeof(CloutDbContext).IsAssignableFrom(m.Member.DeclaringType);
    }
}
