using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Cli;

/// <summary><c>clout import</c> with --map, --preset, --influencer, and <c>clout import presets</c>, through the real executable.</summary>
public sealed class ImportOptionsCommandTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "clout-cli-" + Guid.NewGuid().ToString("N")[..8]);
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ImportPresets_ListsEveryPresetWithItsKind()
    {
        var run = await CloutProcess.RunAsync(_database.ConnectionString, "import", "presets");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"shopify-orders\s+orders\s+Shopify admin", run.Output);
        Assert.Matches(@"youtube-studio\s+posts\s+YouTube Studio", run.Output);
    }

    [Fact]
    public async Task ImportOrders_ShopifyExport_IsDetectedAndStored()
    {
        var run = await CloutProcess.RunAsync(_database.ConnectionString, "import", "orders", Sample("shopify-orders.csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Imported 5 orders", run.ErrorText);
        Assert.Equal(["5550001001", "5550001002", "5550001003", "5550001005", "5550001007"],
            await QueryAsync(db => db.Orders.IgnoreQueryFilters().OrderBy(o => o.ExternalId).Select(o => o.ExternalId).ToListAsync(Ct)));
    }

    [Fact]
    public async Task ImportPosts_YouTubeStudio_NeedsTheInfluencerThenStoresTheVideos()
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "import", "influencers", Write("roster.csv", "handle,platform,followers\nbreadwithlena,youtube,120000\n"))).ExitCode);
        var zip = Sample("youtube-studio-export.zip");

        var without = await CloutProcess.RunAsync(_database.ConnectionString, "import", "posts", zip);
        var with = await CloutProcess.RunAsync(_database.ConnectionString, "import", "posts", zip, "--influencer", "breadwithlena");

        Assert.Equal(1, without.ExitCode);
        Assert.Contains("--influencer HANDLE", without.ErrorText);
        Assert.True(with.ExitCode == 0, with.ToString());
        Assert.Contains("Imported 3 posts", with.ErrorText);
        Assert.Equal(3, await QueryAsync(db => db.Posts.IgnoreQueryFilters().CountAsync(Ct)));
    }

    [Fact]
    public async Task ImportPosts_WithAMap_ReadsTheirColumns()
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "import", "influencers", Write("roster.csv", "handle,platform,followers\nmila,instagram,20000\n"))).ExitCode);
        var file = Write("their.csv", "Post ID,Creator,Network,Publish time,Likes,Comments,Watch time\np1,mila,instagram,2026-03-01T10:00:00Z,400,100,1.5\n");

        var run = await CloutProcess.RunAsync(_database.ConnectionString, "import", "posts", file,
            "--map", "Post ID=post_id,Creator=influencer_handle,Network=platform,Publish time=published_at,Watch time=-");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["p1 400 100"], await QueryAsync(db => db.Posts.IgnoreQueryFilters().Select(p => p.ExternalId + " " + p.Likes + " " + p.Comments).ToListAsync(Ct)));
    }

    [Theory]
    [InlineData("--map", "Post ID=post_id,Likes", "--map: 'Likes' is not their_column=clout_column")]
    [InlineData("--preset", "shopify", "--preset: there is no preset 'shopify' for posts; use youtube-studio")]
    [InlineData("--year", "24", "--year: '24' is not a year")]
    public async Task ImportPosts_BadOption_IsInvalidInputNamingItAndStoresNothing(string option, string value, string message)
    {
        var run = await CloutProcess.RunAsync(_database.ConnectionString, "import", "posts", Sample("youtube-studio-table-data.csv"), option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.ErrorText);
        Assert.Equal(0, await QueryAsync(db => db.Workspaces.CountAsync(Ct)));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<T> QueryAsync<T>(Func<CloutDbContext, Task<T>> query)
    {
        await using var scope = _database.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<CloutDbContext>());
    }
}
