using System.Text;
using Clout.Storage.Ingestion;

namespace Clout.Storage.Tests.Ingestion;

public sealed class ImportPreviewTests
{
    [Fact]
    public void Read_Utf16WithSepLine_ReadsHeaderAndFirstFiveRowsWithTheirLines()
    {
        var rows = Enumerable.Range(1, 7).Select(i => $"v{i};mila;2026-03-0{i};{i}00;\"a; b\"");
        var text = "sep=;\r\nPost ID;Username;Publish time;Likes;Description\r\n" + string.Join("\r\n", rows) + "\r\n";
        using var stream = new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        var preview = ImportPreview.Read(ImportKind.Posts, stream);

        Assert.Null(preview.Problem);
        Assert.Equal(["Post ID", "Username", "Publish time", "Likes", "Description"], preview.Header);
        Assert.Equal(2, preview.HeaderLine);
        Assert.Equal([3L, 4, 5, 6, 7], preview.Rows.Select(r => r.Line));
        Assert.Equal(["v1", "mila", "2026-03-01", "100", "a; b"], preview.Rows[0].Fields);
        Assert.Equal(["post_id", "influencer_handle", "published_at", "likes", "-"], preview.Suggested);
        Assert.False(preview.OwnColumns);
        Assert.Null(preview.Preset);
        Assert.Contains(new ImportColumn("post_id", true), preview.Columns);
        Assert.Contains(new ImportColumn("views", false), preview.Columns);
    }

    [Fact]
    public void Read_CloutsOwnHeader_SaysSoAndSuggestsEachColumnAsItself()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("handle,platform,followers\nmila,instagram,1000\n"));

        var preview = ImportPreview.Read(ImportKind.Influencers, stream);

        Assert.True(preview.OwnColumns);
        Assert.Equal(["handle", "platform", "followers"], preview.Suggested);
        Assert.Single(preview.Rows);
    }

    [Fact]
    public void Read_EmptyFile_IsAProblemNamingTheLine()
    {
        using var stream = new MemoryStream([]);

        var preview = ImportPreview.Read(ImportKind.Posts, stream);

        Assert.Equal(1, preview.Problem!.Line);
        Assert.Contains("empty", preview.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_SynonymsAndExactNames_NeverSuggestAColumnTwice()
    {
        var suggested = ColumnSuggestions.Suggest(ImportKind.Posts, ["Reactions", "Likes", "Date published", "Publish time", "Network", "Watch time"]);

        // "Likes" is likes itself, so "Reactions" is not; the second date column is left for the user to choose.
        Assert.Equal(["-", "likes", "published_at", "-", "platform", "-"], suggested);
    }
}
