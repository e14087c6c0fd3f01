using System.Globalization;
using System.Text;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Cli;

public sealed class ImportCommandTests : IAsyncLifetime
{
    private const int Rows = 1_000;
    private const int BadRow = 537; // data row; the file line is one more, after the header

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
    public async Task ImportPosts_ThousandRowsOneMalformed_FailsNamingTheLineAndStoresNothing()
    {
        Assert.Equal(0, (await ImportInfluencersAsync()).ExitCode);
        var file = Write("posts.csv", PostsCsv(badRow: BadRow));

        var run = await CloutProcess.RunAsync(_database.ConnectionString, "import", "posts", file);

        Assert.True(run.ExitCode != 0, run.ToString());
        var line = BadRow + 1;
        Assert.Contains($"line {line}, field 'likes'", run.ErrorText);
        Assert.Contains("1 error(s) in posts.csv; nothing was imported", run.ErrorText);
        Assert.DoesNotContain($"line {line + 1}", run.ErrorText);
        Assert.Equal(0, await CountPostsAsync());
    }

    [Fact]
    public async Task ImportPosts_ThousandValidRows_StoresThemAll()
    {
        Assert.Equal(0, (await ImportInfluencersAsync()).ExitCode);
        var file = Write("posts.csv", PostsCsv(badRow: null));

        var run = await CloutProcess.RunAsync(_database.ConnectionString, "import", "posts", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Imported 1,000 posts into 'default'", run.ErrorText);
        Assert.Equal(Rows, await CountPostsAsync());
    }

    [Fact]
    public async Task ImportInfluencers_FreshDatabase_CreatesTheDefaultWorkspace()
    {
        var run = await ImportInfluencersAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Created workspace 'default'", run.ErrorText);
        Assert.Contains("Imported 10 influencers", run.ErrorText);
    }

    [Fact]
    public async Task ImportInfluencers_FreshDatabaseBadFile_LeavesNoWorkspaceBehind()
    {
        var file = Write("influencers.csv", "handle,platform,followers\nlena,instagram,many\n");

        var run = await CloutProcess.RunAsync(_database.ConnectionString, "import", "influencers", file);
        await using var scope = _database.CreateScope();
        var workspaces = await scope.ServiceProvider.GetRequiredService<CloutDbContext>().Workspaces.CountAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2, field 'followers'", run.ErrorText);
        Assert.DoesNotContain("Created workspace", run.ErrorText);
        Assert.Equal(0, workspaces);
    }

    [Fact]
    public async Task Import_MissingFile_IsUsageErrorNamingIt()
    {
        var run = await CloutProcess.RunAsync(_database.ConnectionString, "import", "posts", Path.Combine(_folder, "nope.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.csv", run.ErrorText);
    }

    private Task<CliRun> ImportInfluencersAsync()
    {
        var csv = new StringBuilder("handle,platform,display_name,niche,followers,following,country\n");
        for (var i = 0; i < 10; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"creator{i},instagram,Creator {i},food,{20_000 + (i * 1_000)},100,de\n");
        }
        return CloutProcess.RunAsync(_database.ConnectionString, "import", "influencers", Write("influencers.csv", csv.ToString()));
    }

    private static string PostsCsv(int? badRow)
    {
        var csv = new StringBuilder("post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions\n");
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= Rows; i++)
        {
            var likes = i == badRow ? "12x" : (500 + i).ToString(CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture,
                $"post{i},creator{i % 10},instagram,{start.AddHours(i):yyyy-MM-dd'T'HH:mm:ss'Z'},photo,false,,{likes},{i % 50},1,2,,,\n");
        }
        return csv.ToString();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<int> CountPostsAsync()
    {
        await using var scope = _database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CloutDbContext>().Posts.IgnoreQueryFilters().CountAsync(TestContext.Current.CancellationToken);
    }
}
