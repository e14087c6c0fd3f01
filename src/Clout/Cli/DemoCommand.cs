using System.CommandLine;
using Spectre.Console;
using Clout.Core.Demo;
using Clout.Demo;

namespace Clout.Cli;

internal static class DemoCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same demo data", DefaultValueFactory = _ => DemoGenerator.DefaultSeed };
        var command = new Command("demo", "Create the demo workspace: 100+ influencers across tiers with posts, comments and follower history") { seed };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            var seeder = host.Get<DemoSeeder>();
            var created = await seeder.EnsureAsync(parse.GetValue(seed), new Progress<string>(Cli.Info), ct);
            var password = await seeder.EnsureLoginAsync(ct);
            Cli.Err.MarkupLine(created ? "[green]Demo workspace 'demo' created.[/]" : "The demo workspace already exists; left as it was.");
            Cli.Err.MarkupLineInterpolated($"Demo login: [bold]{DemoSeeder.DemoEmail}[/] / [bold]{password}[/]");
            return Cli.Ok;
        }));
        return command;
    }
}
