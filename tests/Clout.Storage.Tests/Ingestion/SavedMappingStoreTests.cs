using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion;

public sealed class SavedMappingStoreTests
{
    private static ColumnMap Map(string text) => ColumnMap.Parse(text, out var error) ?? throw new InvalidOperationException(error);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveAsync_ThenListFindAndReplace_ReadsTheMapBackPerKindAndWorkspace(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var brand = await database.CreateWorkspaceAsync("brand");
        var other = await database.CreateWorkspaceAsync("other");

        var saved = await database.WithAsync<SavedMappingStore, SavedColumnMap>(brand, s =>
            s.SaveAsync(ImportKind.Posts, "  Meta posts ", Map("\"Views, total\"=views,Publish time=published_at,Duration=-"), Ct));
        await database.WithAsync<SavedMappingStore>(brand, s => s.SaveAsync(ImportKind.Comments, "Meta posts", Map("Comment=text"), Ct));

        Assert.Equal("Meta posts", saved.Name);
        Assert.Equal("\"Views, total\"=views,Publish time=published_at,Duration=-", saved.Text);
        var posts = await database.WithAsync<SavedMappingStore, IReadOnlyList<SavedColumnMap>>(brand, s => s.ListAsync(ImportKind.Posts, Ct));
        var only = Assert.Single(posts);
        Assert.Equal((ImportKind.Posts, "Meta posts", "views"), (only.Kind, only.Name, only.Map!.Target("views, TOTAL")));
        Assert.Equal(2, (await database.WithAsync<SavedMappingStore, IReadOnlyList<SavedColumnMap>>(brand, s => s.ListAsync(null, Ct))).Count);
        Assert.Empty(await database.WithAsync<SavedMappingStore, IReadOnlyList<SavedColumnMap>>(other, s => s.ListAsync(null, Ct)));
        Assert.Null(await database.WithAsync<SavedMappingStore, SavedColumnMap?>(other, s => s.FindAsync(ImportKind.Posts, "Meta posts", Ct)));

        // The same name in another case is the same mapping: saving replaces it, and it is found by either spelling.
        await database.WithAsync<SavedMappingStore>(brand, s => s.SaveAsync(ImportKind.Posts, "META POSTS", Map("Likes=likes"), Ct));
        var found = await database.WithAsync<SavedMappingStore, SavedColumnMap?>(brand, s => s.FindAsync(ImportKind.Posts, "meta posts", Ct));
        Assert.Equal(("META POSTS", "Likes=likes"), (found!.Name, found.Text));
        Assert.Equal(2, await database.QueryAsync(brand, db => db.SavedMappings.CountAsync(Ct)));

        Assert.True(await database.WithAsync<SavedMappingStore, bool>(brand, s => s.DeleteAsync(ImportKind.Posts, "Meta Posts", Ct)));
        Assert.False(await database.WithAsync<SavedMappingStore, bool>(brand, s => s.DeleteAsync(ImportKind.Posts, "Meta Posts", Ct)));
        var left = Assert.Single(await database.WithAsync<SavedMappingStore, IReadOnlyList<SavedColumnMap>>(brand, s => s.ListAsync(null, Ct)));
        Assert.Equal(ImportKind.Comments, left.Kind);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveAsync_TargetTheKindDoesNotHaveOrNoName_IsRefusedAndNothingStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var brand = await database.CreateWorkspaceAsync("brand");

        var target = await Assert.ThrowsAsync<StorageValidationException>(() =>
            database.WithAsync<SavedMappingStore>(brand, s => s.SaveAsync(ImportKind.Followers, "tiktok", Map("Date=date,Likes=likes"), Ct)));
        var blank = await Assert.ThrowsAsync<StorageValidationException>(() =>
            database.WithAsync<SavedMappingStore>(brand, s => s.SaveAsync(ImportKind.Posts, "  ", Map("Likes=likes"), Ct)));
        var tooLong = await Assert.ThrowsAsync<StorageValidationException>(() =>
            database.WithAsync<SavedMappingStore>(brand, s => s.SaveAsync(ImportKind.Posts, new string('m', 101), Map("Likes=likes"), Ct)));

        Assert.Contains("'Likes' is mapped to 'likes', which is no column of followers", target.Message, StringComparison.Ordinal);
        Assert.Contains("name", blank.Message, StringComparison.Ordinal);
        Assert.Contains("1-100", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.QueryAsync(brand, db => db.SavedMappings.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListAsync_StoredTextThatIsNoMap_IsListedWithoutAMapInsteadOfFailing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var brand = await database.CreateWorkspaceAsync("brand");
        await database.QueryAsync(brand, db =>
        {
            db.SavedMappings.Add(new SavedMapping { Kind = "posts", Name = "broken", Map = "no pairs here" });
            // A kind this version does not know, as a later version might store: left out, never a failure.
            db.SavedMappings.Add(new SavedMapping { Kind = "reels", Name = "later", Map = "a=b" });
            return db.SaveChangesAsync(Ct);
        });

        var listed = Assert.Single(await database.WithAsync<SavedMappingStore, IReadOnlyList<SavedColumnMap>>(brand, s => s.ListAsync(ImportKind.Posts, Ct)));

        Assert.Equal(("broken", "no pairs here"), (listed.Name, listed.Text));
        Assert.Null(listed.Map);
        Assert.False(listed.Fits(["no pairs here"]));
    }

    [Fact]
    public void Fits_SameColumnsInAnyCaseAndOrder_IsTrue_OtherwiseFalse()
    {
        var saved = new SavedColumnMap(ImportKind.Posts, "m", "", Map("Publish time=published_at,Likes=likes,Duration=-"));

        Assert.True(saved.Fits(["likes", " PUBLISH TIME", "Duration"]));
        Assert.False(saved.Fits(["likes", "Publish time"]));
        Assert.False(saved.Fits(["likes", "Publish time", "Duration", "Shares"]));
    }
}
