using System.CommandLine;
using Clout.Cli;

namespace Clout.Tests.Cli;

public sealed class SettingArgumentsTests
{
    private static readonly RootCommand Root = new() { Options = { new Option<string?>("--db") }, Subcommands = { new Command("report") { new Option<string?>("--format", "-f") } } };

    [Fact]
    public void SetAside_SectionKeyValue_BecomesASetting()
    {
        string[] args = ["report", "--Clout:Tracking:QueueCapacity=5", "--format", "json", "--ConnectionStrings:Clout=Data Source=a=b.db"];

        var result = SettingArguments.SetAside(args, Root, "--setting");

        Assert.Equal(["report", "--setting", "Clout:Tracking:QueueCapacity=5", "--format", "json", "--setting", "ConnectionStrings:Clout=Data Source=a=b.db"], result);
    }

    [Theory]
    [InlineData("--db:Data Source=x.db")] // an option's value after ':'
    [InlineData("--format:json")]
    [InlineData("--urls=http://x")] // no section: not a setting, so a verb option or a mistake
    [InlineData("-x:y=z")]
    [InlineData("Clout:Tracking:QueueCapacity=5")]
    public void SetAside_AnythingElse_IsLeftForTheVerbs(string arg)
    {
        Assert.Equal(["report", arg], SettingArguments.SetAside(["report", arg], Root, "--setting"));
    }

    [Fact]
    public void SetAside_AfterDoubleDash_LeavesEverything()
    {
        string[] args = ["report", "--", "--Clout:Tracking:QueueCapacity=5"];

        Assert.Equal(args, SettingArguments.SetAside(args, Root, "--setting"));
    }
}
