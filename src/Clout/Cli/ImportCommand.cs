using System.CommandLine;
using Clout.Imports;
using Clout.Storage.Ingestion;
using Clout.Storage.Ingestion.Presets;
using Clout.Storage.Workspaces;
using Spectre.Console;

namespace Clout.Cli;

internal static class ImportCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = ImportKinds.All };
        kind.AcceptOnlyFromAmong([.. Enum.GetValues<ImportKind>().Select(ImportKinds.Name)]);
        var file = new Argument<FileInfo>("FILE") { Description = "CSV (header row, RFC 4180) or JSON (array or JSON Lines)" };
        var format = new Option<string?>("--format") { Description = "csv or json (default: from the file's extension)" };
        var map = new Option<string?>("--map") { Description = "their columns as Clout's: \"Publish time=published_at,Likes=likes,Watch time=-\" (- leaves a column out)" };
        var preset = new Option<string?>("--preset") { Description = "read a platform's export (clout import presets lists them); detected from the header when not given" };
        var year = new Option<string?>("--year") { Description = "the year of dates an export writes without one" };
        var influencer = new Option<string?>("--influencer") { Description = "whose account the export is, when it does not say (youtube-studio)" };
        var command = new Command("import", "Import a file, all or nothing: any bad row and nothing is stored")
        {
            kind, file, format, map, preset, year, influencer, CloutCli.Workspace, PresetsCommand(),
        };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Cli.Error($"No such file: {path.FullName}");
                return Cli.Usage;
            }
            if (ImportKinds.Format(parse.GetValue(format), path.Name) is not { } importFormat)
            {
                Cli.Error("--format must be csv or json.");
                return Cli.Usage;
            }
            if (!ImportKinds.TryParse(parse.GetValue(kind), out var importKind))
            {
                Cli.Error($"Unknown kind; use {ImportKinds.All}.");
                return Cli.Usage;
            }
            if (ImportParameters.Read(importKind, importFormat, parse.GetValue(map), parse.GetValue(preset), parse.GetValue(year),
                    parse.GetValue(influencer), out var problem) is not { } options)
            {
                Cli.Error($"--{problem!.Value.Parameter}: {problem.Value.Message}");
                return Cli.InvalidInput;
            }
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: true, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var result = await WithProgressAsync(path.Name, p => host.Get<Importer>().ImportAsync(importKind, stream, options, p, ct));
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    Cli.Err.MarkupLineInterpolated($"[red]{path.Name}:[/] {error.ToString()}");
                }
                if (result.ErrorCount > result.Errors.Count)
                {
                    Cli.Err.MarkupLineInterpolated($"… and {result.ErrorCount - result.Errors.Count} more.");
                }
                if (host.CreatedWorkspace)
                {
                    // Bad input changes nothing: not even the workspace this import would have started.
                    await host.Get<WorkspaceStore>().DeleteIfEmptyAsync(workspace.Id, CancellationToken.None);
                }
                Cli.Error($"{result.ErrorCount} error(s) in {path.Name}; nothing was imported.");
                return Cli.InvalidInput;
            }
            if (host.CreatedWorkspace)
            {
                Cli.Info($"Created workspace '{workspace.Name}'.");
            }
            Cli.Err.MarkupLineInterpolated($"[green]Imported {result.Rows:N0} {(importKind == ImportKind.Ugc ? "UGC posts" : ImportKinds.Name(importKind))} into '{workspace.Name}'[/]: {result.Inserted:N0} new, {result.Updated:N0} updated.");
            return Cli.Ok;
        }));
        return command;
    }

    /// <summary><c>clout import presets</c>: every platform export Clout reads as it comes, with its kind.</summary>
    private static Command PresetsCommand()
    {
        var command = new Command("presets", "List the platform exports Clout reads as they come (--preset NAME, or detected from the header)");
        command.SetAction(_ =>
        {
            // Plain lines, not a table: a description is longer than a terminal is wide, and scripts read this too.
            foreach (var (name, kind, description) in ImportPresets.Describe().OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal))
            {
                Console.Out.WriteLine($"{name,-24} {ImportKinds.Name(kind),-12} {description}");
            }
            return Cli.Ok;
        });
        return command;
    }

    /// <summary>Two bars, reading then writing; plain output when standard error is not a terminal.</summary>
    private static async Task<ImportResult> WithProgressAsync(string name, Func<IProgress<ImportProgress>, Task<ImportResult>> run)
    {
        if (!Cli.Err.Profile.Capabilities.Interactive)
        {
            return await run(new Progress<ImportProgress>());
        }
        ImportResult? result = null;
        await Cli.Err.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var reading = context.AddTask($"reading {Markup.Escape(name)}", maxValue: 1);
                var writing = context.AddTask("writing", autoStart: false, maxValue: 1);
                var progress = new SynchronousProgress<ImportProgress>(p =>
                {
                    var task = p.Stage == ImportStage.Reading ? reading : writing;
                    if (!task.IsStarted)
                    {
                        task.StartTask();
                    }
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                result = await run(progress);
                reading.Value = reading.MaxValue;
                writing.Value = writing.MaxValue;
            });
        return result!;
    }

    /// <summary>Reports on the caller's thread: the Progress class would post to the thread pool and arrive late.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
