using System.Text;
using System.Text.Json;
using Clout.Tests.Cli;

namespace Clout.Tests.Comments;

/// <summary>`clout comments score` as a user runs it: the real executable, a file of comments, JSON lines out, no database.</summary>
public sealed class CommentsScoreCommandTests : IDisposable
{
    // The verb reads no database, so it points at one that does not exist: a run that opened it would fail.
    private const string NoDatabase = "Data Source=/nonexistent/folder/clout.db";

    private readonly string _folder = Directory.CreateTempSubdirectory("clout-comments-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Score_FileOfComments_WritesOneJsonObjectPerLine()
    {
        var file = Write("comments.txt", "I love this!!\nlol #ad, how much did they pay you\nwhere can I buy this? 😍\n\nfollow me for free followers\n");

        var run = await CloutProcess.RunAsync(NoDatabase, "comments", "score", file, "--format", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        Assert.All(lines, l => Assert.All(["text", "sentiment", "compound", "skeptical", "intent", "spam"], k => Assert.True(l.TryGetProperty(k, out _), k)));
        Assert.Equal(("positive", false), (lines[0].GetProperty("sentiment").GetString(), lines[0].GetProperty("skeptical").GetBoolean()));
        Assert.True(lines[1].GetProperty("skeptical").GetBoolean());
        var cue = lines[1].GetProperty("cues").EnumerateArray().First(c => c.GetProperty("name").GetString() == "#ad");
        Assert.Equal(4, cue.GetProperty("start").GetInt32());
        Assert.True(lines[2].GetProperty("intent").GetBoolean());
        Assert.Equal("where can I buy this? 😍", lines[2].GetProperty("text").GetString()); // emoji written as they are
        Assert.Equal(("", "neutral"), (lines[3].GetProperty("text").GetString(), lines[3].GetProperty("sentiment").GetString()));
        Assert.True(lines[4].GetProperty("spam").GetBoolean());
    }

    [Fact]
    public async Task Score_HugeAndBinaryLines_AreScoredNotCrashed()
    {
        var huge = string.Concat(Enumerable.Repeat("great product ", 80_000)); // ~1 MB on one line
        var path = Path.Combine(_folder, "odd.txt");
        await File.WriteAllBytesAsync(path, [.. Encoding.UTF8.GetBytes(huge + "\n"), 0, 1, 0xFF, 0xFE, 0xC3, (byte)'\n', .. Encoding.UTF8.GetBytes("ok\n")], WebTest.Ct);

        var run = await CloutProcess.RunAsync(NoDatabase, "comments", "score", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.True(lines[0].GetProperty("truncated").GetBoolean());
        Assert.Equal(10_000, lines[0].GetProperty("text").GetString()!.Length);
        Assert.Contains("longer than 10000 characters", run.ErrorText);
        Assert.Equal("neutral", lines[1].GetProperty("sentiment").GetString());
        Assert.DoesNotContain("   at ", run.Errors); // no stack trace
    }

    [Fact]
    public async Task Score_MissingFile_FailsNamingIt()
    {
        var run = await CloutProcess.RunAsync(NoDatabase, "comments", "score", Path.Combine(_folder, "nope.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.txt", run.ErrorText);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Score_UnknownFormat_IsAUsageError()
    {
        var run = await CloutProcess.RunAsync(NoDatabase, "comments", "score", Write("c.txt", "hi\n"), "--format", "xml");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("xml", run.ErrorText);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
