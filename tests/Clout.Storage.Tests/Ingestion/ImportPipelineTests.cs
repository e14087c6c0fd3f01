using System.Text;
using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion;

/// <summary>What every kind gets from the one pipeline: its own columns, checks on typed rows, the scope guard, progress.</summary>
public sealed class ImportPipelineTests
{
    [Theory]
    [InlineData(ImportKind.Influencers, "handle,platform,display_name,niche,followers,following,country")]
    // influencer_handle is optional since a post may name its author instead (an author off the roster makes it UGC).
    [InlineData(ImportKind.Posts, "post_id,platform,published_at,likes,comments,influencer_handle,kind,sponsored,campaign,shares,saves,views,reach,impressions,author,text")]
    [InlineData(ImportKind.Comments, "comment_id,post_id,text,author,created_at,likes,is_creator_reply,parent_id")]
    [InlineData(ImportKind.Followers, "influencer_handle,platform,date,followers,following")]
    [InlineData(ImportKind.Collaborations, "campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url")]
    [InlineData(ImportKind.Orders, "order_id,at,total,currency,customer_id,discount_codes,landing_site,ref,email,referrer,creator,creator_platform")]
    [InlineData(ImportKind.Clicks, "link_code,at,visitor_id,user_agent,referrer")]
    [InlineData(ImportKind.Ugc, "post_id,author,platform,published_at,text,url,likes,comments,shares,views,campaign")]
    public async Task ImportAsync_HeaderWithAnUnknownColumn_ListsTheKindsOwnColumns(ImportKind kind, string columns)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await db.CreateWorkspaceAsync("brand");

        var error = (await db.ImportCsvAsync(ws, kind, columns + ",nonsense\n")).SingleError();

        Assert.Equal((1L, "nonsense", $"unknown column; expected {columns} (or map it to one: --map \"nonsense=…\")"),
            (error.Line, error.Field, error.Message));
    }

    [Fact]
    public async Task ImportAsync_EveryKind_HasAnImporter()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await db.CreateWorkspaceAsync("brand");

        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            var error = (await db.ImportCsvAsync(ws, kind, "")).SingleError();

            Assert.Equal((kind, 1L, "the file is empty: expected a header row"), (kind, error.Line, error.Message));
        }
    }

    [Fact]
    public async Task ImportInfluencersAsync_TypedRowsWithADuplicate_FailNamingPositionsAndStoreNothing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await db.CreateWorkspaceAsync("brand");
        InfluencerRow Row(string handle) => new(handle, Platform.Instagram, null, null, 1_000, null, null);

        ImportResult result;
        await using (var scope = db.CreateScope(ws))
        {
            result = await scope.ServiceProvider.GetRequiredService<Importer>().ImportInfluencersAsync([Row("lena"), Row("max"), Row("Lena")], Ct);
        }

        var error = result.SingleError();
        Assert.Equal((3L, "handle", "@Lena on instagram appears twice (first on line 1)"), (error.Line, error.Field, error.Message));
        Assert.Equal((3, 0, 0), (result.Rows, result.Inserted, result.Updated));
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Influencers.CountAsync(Ct)));
    }

    [Fact]
    public async Task ImportInfluencersAsync_NoWorkspaceSelected_Throws()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var scope = db.CreateScope();

        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<Importer>()
            .ImportInfluencersAsync([new InfluencerRow("lena", Platform.Instagram, null, null, 1_000, null, null)], Ct));
    }

    [Fact]
    public async Task ImportAsync_SixThousandRows_ReportsReadingThenWritingUpToTheEnd()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await db.CreateWorkspaceAsync("brand");
        const int Rows = 6_000;
        var csv = Encoding.UTF8.GetBytes("handle,platform\n" + string.Concat(Enumerable.Range(0, Rows).Select(i => $"h{i},instagram\n")));
        var progress = new Recorded();

        await using (var scope = db.CreateScope(ws))
        {
            using var stream = new MemoryStream(csv, writable: false);
            (await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(ImportKind.Influencers, stream, ImportFormat.Csv, progress, Ct))
                .AssertSucceeded();
        }

        var reading = progress.Reports.TakeWhile(p => p.Stage == ImportStage.Reading).ToList();
        var writing = progress.Reports.Skip(reading.Count).ToList();
        Assert.Equal(new ImportProgress(ImportStage.Reading, csv.Length, csv.Length), reading[^1]);
        Assert.True(reading.Count >= 2, "one report after 5,000 records, one at the end");
        Assert.All(writing, p => Assert.Equal(ImportStage.Writing, p.Stage));
        Assert.Equal(
            [new ImportProgress(ImportStage.Writing, 5_000, Rows), new ImportProgress(ImportStage.Writing, Rows, Rows)],
            writing);
        Assert.Equal(Rows, await db.QueryAsync(ws, c => c.Influencers.CountAsync(Ct)));
    }

    /// <summary>Reports kept in order as they come, on the importer's thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class Recorded : IProgress<ImportProgress>
    {
        public List<ImportProgress> Reports { get; } = [];

        public void Report(ImportProgress value) => Reports.Add(value);
    }
}
