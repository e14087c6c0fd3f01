using System.Globalization;
using System.Text;
using System.Text.Json;
using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Cli;

/// <summary>`clout audit` and `clout audit train` as a user runs them: files in, JSON out, no database touched.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private const string Header = "followers,following,media_count,username,biography_length,has_profile_pic,is_private";
    private const string Bot = "3,7400,0,user84736251,0,false,false";
    private const string Fan = "850,410,320,anna.mueller,60,true,false";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "clout-audit-" + Guid.NewGuid().ToString("N")[..8]);

    public AuditCommandTests() => Directory.CreateDirectory(_folder);

    // The file-only verbs must not open a database: this one does not exist and cannot be created.
    private static string NoDatabase => "Data Source=/nonexistent/folder/clout.db";

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Audit_SampleOfFortyBotsAndSixtyFans_PrintsShareIntervalAndRows()
    {
        var file = Write("sample.csv", Header, [.. Enumerable.Repeat(Bot, 40), .. Enumerable.Repeat(Fan, 60)]);

        var run = await CloutProcess.RunAsync(NoDatabase, "audit", file, "--rows", "--influencer", "lena");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("lena", root.GetProperty("influencer").GetString());
        Assert.Equal(0.40, root.GetProperty("fake_share").GetDouble(), 1e-9);
        var ci = root.GetProperty("fake_share_ci");
        Assert.InRange(ci[0].GetDouble(), 0.30, 0.31); // Wilson 40/100: [0.309, 0.498]
        Assert.InRange(ci[1].GetDouble(), 0.49, 0.50);
        Assert.Equal(100, root.GetProperty("rows").GetArrayLength());
        Assert.True(root.GetProperty("rows")[0].GetProperty("fake").GetBoolean());
        Assert.False(root.GetProperty("rows")[99].GetProperty("fake").GetBoolean());
        Assert.InRange(root.GetProperty("quality_score").GetInt32(), 0, 100);
        Assert.Equal("fake_share", root.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.True(root.GetProperty("sample_needed_for_five_points").GetInt32() > 100);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_Save_StoresTheAuditForTheTierReport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var roster = Write("influencers.csv", "handle,platform,followers", ["mila,instagram,20000"]);
        Assert.Equal(0, (await CloutProcess.RunAsync(database.ConnectionString, "import", "influencers", roster)).ExitCode);
        var sample = Write("sample.csv", Header, [.. Enumerable.Repeat(Bot, 25), .. Enumerable.Repeat(Fan, 75)]);

        var run = await CloutProcess.RunAsync(database.ConnectionString, "audit", sample, "--influencer", "mila", "--save");
        var report = await CloutProcess.RunAsync(database.ConnectionString, "report", "tiers", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Stored the audit of @mila", run.ErrorText, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(report.Output);
        var micro = json.RootElement.GetProperty("tiers").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == "micro").GetProperty("metrics");
        Assert.Equal(0.25, micro.GetProperty("fake_share").GetProperty("value").GetDouble(), 1e-9);
        Assert.Equal(15_000, micro.GetProperty("quality_adjusted_reach").GetProperty("value").GetDouble(), 1e-6);
    }

    [Fact]
    public async Task Audit_SaveForUnknownInfluencer_StoresNothingAndSaysWho()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var roster = Write("influencers.csv", "handle,platform,followers", ["mila,instagram,20000"]);
        Assert.Equal(0, (await CloutProcess.RunAsync(database.ConnectionString, "import", "influencers", roster)).ExitCode);
        var sample = Write("sample.csv", Header, [Fan]);

        var run = await CloutProcess.RunAsync(database.ConnectionString, "audit", sample, "--influencer", "nobody", "--save");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("There is no @nobody on instagram in workspace 'default'", run.ErrorText, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Audit_JsonSample_IsReadLikeCsv()
    {
        var file = Path.Combine(_folder, "sample.json");
        await File.WriteAllTextAsync(file, """[{"followers":3,"following":7400,"media_count":0,"username":"user84736251","has_profile_pic":false},{"followers":850,"following":410,"media_count":320,"username":"anna.mueller"}]""", TestContext.Current.CancellationToken);

        var run = await CloutProcess.RunAsync(NoDatabase, "audit", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, json.RootElement.GetProperty("fake_count").GetInt32());
        Assert.False(json.RootElement.TryGetProperty("rows", out var rows) && rows.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Audit_NegativeCount_NamesLineAndField()
    {
        var file = Write("sample.csv", Header, [Fan, "12,-5,3,x,0,true,false", Fan]);

        var run = await CloutProcess.RunAsync(NoDatabase, "audit", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 3, field 'following': -5 is negative", run.ErrorText, StringComparison.Ordinal);
        Assert.Contains("nothing was scored", run.ErrorText, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Audit_MissingColumn_NamesIt()
    {
        var file = Write("sample.csv", "followers,following,username", ["850,410,anna"]);

        var run = await CloutProcess.RunAsync(NoDatabase, "audit", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("field 'media_count': required column is missing", run.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_HeaderOnly_SaysTheSampleIsEmpty()
    {
        var file = Write("sample.csv", Header, []);

        var run = await CloutProcess.RunAsync(NoDatabase, "audit", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the sample has no profiles", run.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_TenMillionRows_RefusedAtTheBoundWithoutReadingThemAll()
    {
        var file = Path.Combine(_folder, "huge.csv");
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 20))
        {
            await writer.WriteLineAsync("followers,following,media_count");
            var row = "850,410,320\n".AsMemory();
            for (var i = 0; i < 10_000_000; i++)
            {
                await writer.WriteAsync(row, TestContext.Current.CancellationToken);
            }
        }

        var run = await CloutProcess.RunAsync(NoDatabase, "audit", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("more than 100,000 profiles", run.ErrorText, StringComparison.Ordinal);
        Assert.Contains("line 100002", run.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_LabelledFile_SavesAModelTheAuditUses()
    {
        var random = new Random(11);
        var rows = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            var fake = i % 3 == 0;
            rows.Add(fake
                ? string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 60)},{random.Next(1500, 7500)},{random.Next(0, 4)},user{random.Next(10_000, 99_999)},0,{random.Next(2) == 0},false,true")
                : string.Create(CultureInfo.InvariantCulture, $"{random.Next(150, 3000)},{random.Next(100, 900)},{random.Next(20, 800)},fan.number.{i},{random.Next(0, 120)},true,{random.Next(4) == 0},false"));
        }
        var data = Write("labelled.csv", Header + ",is_fake", rows);
        var model = Path.Combine(_folder, "model.json");

        var train = await CloutProcess.RunAsync(NoDatabase, "audit", "train", "--data", data, "--out", model);

        Assert.True(train.ExitCode == 0, train.ToString());
        using (var report = JsonDocument.Parse(train.Output))
        {
            var cv = report.RootElement.GetProperty("cross_validation");
            Assert.Equal(5, cv.GetProperty("folds").GetInt32());
            Assert.True(cv.GetProperty("accuracy").GetDouble() >= 0.95, train.Output);
            Assert.Equal(40, report.RootElement.GetProperty("fakes").GetInt32());
        }
        Assert.True(File.Exists(model));

        var sample = Write("sample.csv", Header, [Bot, Fan, Fan, Fan]);
        var audit = await CloutProcess.RunAsync(NoDatabase, "audit", sample, "--model", model);

        Assert.True(audit.ExitCode == 0, audit.ToString());
        using var json = JsonDocument.Parse(audit.Output);
        Assert.Equal(0.25, json.RootElement.GetProperty("fake_share").GetDouble(), 1e-9);
        Assert.StartsWith("trained on labelled.csv: 120 profiles, 40 fake", json.RootElement.GetProperty("model").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_WithoutLabels_SaysWhichColumn()
    {
        var data = Write("labelled.csv", Header, [Fan, Bot]);

        var run = await CloutProcess.RunAsync(NoDatabase, "audit", "train", "--data", data, "--out", Path.Combine(_folder, "m.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("field 'is_fake': required column is missing", run.ErrorText, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "m.json")));
    }

    [Fact]
    public async Task Audit_BrokenModelFile_IsRefusedByName()
    {
        var model = Path.Combine(_folder, "model.json");
        await File.WriteAllTextAsync(model, """{"features":["followers"],"means":[0],"scales":[1],"weights":[1],"intercept":0,"threshold":0.5}""", TestContext.Current.CancellationToken);
        var sample = Write("sample.csv", Header, [Fan]);

        var run = await CloutProcess.RunAsync(NoDatabase, "audit", sample, "--model", model);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("model.json: the model's features do not match", run.ErrorText, StringComparison.Ordinal);
    }

    private string Write(string name, string header, IEnumerable<string> rows)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }
}
