using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Cli;

/// <summary>
/// A platform's export given to <c>clout import</c> as downloaded: the preset is recognised from the header, whatever the
/// file's encoding (the Meta sample is UTF-16 with a byte-order mark and a sep= line).
/// </summary>
public sealed class ImportPresetCommandTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "clout-cli-" + Guid.NewGuid().ToString("N")[..8]);

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportPosts_MetaBusinessSuiteExport_IsRecognisedAndStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var roster = Path.Combine(_folder, "influencers.csv");
        await File.WriteAllTextAsync(roster, "handle,platform,followers\nlena.bakes,instagram,25000\n", TestContext.Current.CancellationToken);
        Assert.Equal(0, (await CloutProcess.RunAsync(database.ConnectionString, "import", "influencers", roster)).ExitCode);

        var run = await CloutProcess.RunAsync(database.ConnectionString, "import", "posts", Path.Combine(AppContext.BaseDirectory, "Samples", "meta-posts-instagram.csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Imported 3 posts", run.ErrorText);
        await using var scope = database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<CloutDbContext>().Posts.IgnoreQueryFilters()
            .OrderBy(p => p.ExternalId).Select(p => new { p.ExternalId, p.Likes, p.Views }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
        [
            new { ExternalId = "18034567890123456", Likes = 2_140L, Views = (long?)48_210 },
            new { ExternalId = "18034567890123457", Likes = 1_015L, Views = (long?)12_480 },
            new { ExternalId = "18034567890123458", Likes = 388L, Views = (long?)null },
        ], stored);
    }

    /// <summary>A TikTok follower history needs --influencer: without it the user is told so, and nothing is stored.</summary>
    [Fact]
    public async Task ImportFollowers_TikTokHistoryWithoutInfluencer_FailsNamingTheOption()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await CloutProcess.RunAsync(database.ConnectionString, "import", "followers", Path.Combine(AppContext.BaseDirectory, "Samples", "tiktok-followers.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--influencer", run.ErrorText);
        Assert.Contains("nothing was imported", run.ErrorText);
    }
}
