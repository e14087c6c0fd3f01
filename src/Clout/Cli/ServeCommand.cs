using System.CommandLine;
using Clout.Demo;
using Clout.Hosting;
using Clout.Storage;
using Clout.Storage.Model;
using Spectre.Console;

namespace Clout.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls")
        {
            Description = $"Addresses to listen on, ';'-separated (default: the Urls setting, e.g. ASPNETCORE_URLS, else {CloutConfiguration.DefaultUrls})",
        };
        var demo = new Option<bool>("--demo") { Description = "Create the demo workspace if it is missing, and print a demo login" };
        var command = new Command("serve", "Run the web dashboard and API") { urls, demo };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            // Checks every setting before it touches the database, so that a bad one changes nothing.
            var app = CloutWebApp.Create(SettingArguments.ForHost(parse, parse.GetValue(urls)));
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<CloutDbContext>(), ct);
                if (parse.GetValue(demo))
                {
                    var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
                    if (await seeder.EnsureAsync(Core.Demo.DemoGenerator.DefaultSeed, new Progress<string>(Cli.Info), ct))
                    {
                        Cli.Info("Demo workspace created.");
                    }
                    var password = await seeder.EnsureLoginAsync(ct);
                    Cli.Err.MarkupLineInterpolated($"Demo login: [bold]{DemoSeeder.DemoEmail}[/] / [bold]{password}[/]");
                }
            }
            var addresses = (app.Configuration[WebHostDefaults.ServerUrlsKey] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Cli.Err.MarkupLineInterpolated($"Clout is listening on [link]{string.Join(", ", addresses)}[/] (Ctrl+C stops it).");
            await app.RunAsync(ct);
            return Cli.Ok;
        }));
        return command;
    }
}
