using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Clout.Authenticity;
using Clout.Core.Authenticity;
using Clout.Core.Roster;
using Clout.Imports;
using Clout.Presentation;
using Clout.Storage.Authenticity;
using Clout.Storage.Ingestion;
using Spectre.Console;

namespace Clout.Cli;

/// <summary>
/// `clout audit FILE` scores a follower sample; `clout audit train --data FILE` fits a model on labelled profiles.
/// Both only read files: no database is opened (a verb that only reads a file needs none), except by `audit --save`, which stores the result.
/// </summary>
internal static class AuditCommand
{
    /// <summary>Training files are bounded like samples: the fit holds every row in memory.</summary>
    private const int MaxTrainingRows = FollowerAudit.MaxSample;

    private const int Folds = 5;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = $"Follower sample, CSV or JSON, columns {FollowerSampleFile.Columns}" };
        var model = new Option<FileInfo?>("--model") { Description = "A model from `clout audit train` (default: the shipped one, fitted on SRF Data's labelled followers)" };
        var influencer = new Option<string?>("--influencer") { Description = "Whose followers these are, echoed in the output" };
        var rows = new Option<bool>("--rows") { Description = "Also print each profile's fake_probability" };
        var format = new Option<string?>("--format") { Description = "csv or json (default: from the file's extension)" };
        var save = new Option<bool>("--save") { Description = "Store the audit for --influencer in the database (the only option that opens one); the score then includes the account's engagement anomalies" };
        var platform = new Option<string>("--platform") { Description = $"The influencer's platform with --save ({PlatformNames.All})", DefaultValueFactory = _ => "instagram" };
        var command = new Command("audit", "Estimate the share of fake followers from a sample of follower profiles") { file, model, influencer, rows, format, save, platform, CloutCli.Workspace };
        command.Subcommands.Add(CreateTrain());
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            var handle = parse.GetValue(influencer);
            if (parse.GetValue(save) && handle is null)
            {
                Cli.Error("--save stores the audit for an influencer: name it with --influencer.");
                return Cli.Usage;
            }
            if (!PlatformNames.TryParse(parse.GetValue(platform), out var onPlatform))
            {
                Cli.Error($"--platform must be one of {PlatformNames.All}.");
                return Cli.Usage;
            }
            var chosen = DefaultFakeFollowerModel.Model;
            if (parse.GetValue(model) is { } modelFile)
            {
                if (!modelFile.Exists)
                {
                    Cli.Error($"No such model file: {modelFile.FullName}");
                    return Cli.Usage;
                }
                var (loaded, problem) = FakeFollowerModelJson.Read(await File.ReadAllTextAsync(modelFile.FullName, ct));
                if (loaded is null)
                {
                    Cli.Error($"{modelFile.Name}: {problem}");
                    return Cli.InvalidInput;
                }
                chosen = loaded;
            }
            if (await ReadAsync(parse.GetValue(file)!, parse.GetValue(format), labelled: false, FollowerAudit.MaxSample, ct) is not { } sample)
            {
                return Cli.InvalidInput;
            }
            var clock = Stopwatch.StartNew();
            var audit = FollowerAudit.Run(sample.Profiles, chosen);
            var elapsed = clock.Elapsed;
            var quality = AudienceQuality.Score(audit.Share, []);
            if (parse.GetValue(save))
            {
                await using var host = await CliHost.OpenAsync(parse, ct);
                if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
                {
                    return Cli.InvalidInput;
                }
                var store = host.Get<AuditStore>();
                if (await store.FindInfluencerAsync(handle!, onPlatform, ct) is not { } id)
                {
                    Cli.Error($"There is no @{handle!.TrimStart('@')} on {onPlatform.ToName()} in workspace '{workspace.Name}'; nothing was stored.");
                    return Cli.InvalidInput;
                }
                await store.SaveAuditAsync(id, audit, ct);
                quality = (await host.Get<AuthenticityQuery>().ForInfluencerAsync(id, ct))?.Quality ?? quality;
                Cli.Info($"Stored the audit of @{handle!.TrimStart('@')} in '{workspace.Name}'.");
            }
            var response = AuditResponse.Of(handle, audit, quality, chosen.Threshold, parse.GetValue(rows));
            Console.WriteLine(JsonSerializer.Serialize(response, CloutJson.Options));
            Cli.Info(string.Create(CultureInfo.InvariantCulture,
                $"Scored {audit.SampleSize:N0} profiles in {elapsed.TotalMilliseconds:F1} ms ({audit.SampleSize / Math.Max(elapsed.TotalSeconds, 1e-9):N0} profiles/s)."));
            return Cli.Ok;
        }));
        return command;
    }

    private static Command CreateTrain()
    {
        var data = new Option<FileInfo>("--data") { Description = $"Labelled profiles, CSV or JSON: the sample's columns plus {FollowerSampleFile.IsFake} (true = fake)", Required = true };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Where to save the model (default: model.json here)" };
        var format = new Option<string?>("--format") { Description = "csv or json (default: from the file's extension)" };
        var specificity = new Option<double?>("--specificity") { Description = "Choose the threshold that clears this share of real accounts (e.g. 0.96) instead of maximising macro F1" };
        var command = new Command("train", "Fit a fake-follower classifier on labelled profiles, report its 5-fold cross-validated accuracy, and save it") { data, output, format, specificity };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            var target = parse.GetValue(specificity);
            if (target is not null and not (> 0 and < 1))
            {
                Cli.Error("--specificity must lie strictly between 0 and 1, e.g. 0.96.");
                return Cli.Usage;
            }
            var path = parse.GetValue(data)!;
            if (await ReadAsync(path, parse.GetValue(format), labelled: true, MaxTrainingRows, ct) is not { } sample)
            {
                return Cli.InvalidInput;
            }
            var labelled = sample.Labelled();
            var fakes = labelled.Count(r => r.IsFake);
            if (fakes < FakeFollowerTrainer.MinPerClass * Folds / 2 || labelled.Count - fakes < FakeFollowerTrainer.MinPerClass * Folds / 2)
            {
                Cli.Error($"{path.Name} has {fakes} fake and {labelled.Count - fakes} real profiles; training and its 5-fold check need at least {FakeFollowerTrainer.MinPerClass * Folds / 2} of each.");
                return Cli.InvalidInput;
            }
            var source = string.Create(CultureInfo.InvariantCulture, $"trained on {path.Name}: {labelled.Count:N0} profiles, {fakes:N0} fake");
            FakeFollowerModel Fit(IReadOnlyList<LabelledProfile> rows) => FakeFollowerTrainer.Train(rows, targetSpecificity: target, source: source);
            // A fixed seed: the same file gives the same folds and figures on every run.
            var cv = CrossValidation.Run(labelled, Folds, new Random(1), Fit);
            var fitted = Fit(labelled);
            var destination = parse.GetValue(output) ?? new FileInfo("model.json");
            await File.WriteAllTextAsync(destination.FullName, FakeFollowerModelJson.Write(fitted), ct);
            Console.WriteLine(JsonSerializer.Serialize(new TrainingReport(destination.FullName, labelled.Count, fakes, fitted.Threshold,
                new CrossValidationReport(Folds, cv.Accuracy, cv.Precision, cv.Recall, cv.Specificity, cv.F1, cv.MacroF1, cv.Auc)), CloutJson.Options));
            Cli.Info($"Saved the model to {destination.FullName}; use it with: clout audit SAMPLE --model {destination.Name}");
            return Cli.Ok;
        }));
        return command;
    }

    private static async Task<FollowerSampleResult?> ReadAsync(FileInfo path, string? format, bool labelled, int maxRows, CancellationToken ct)
    {
        if (!path.Exists)
        {
            Cli.Error($"No such file: {path.FullName}");
            return null;
        }
        if (ImportKinds.Format(format, path.Name) is not { } fileFormat)
        {
            Cli.Error("--format must be csv or json.");
            return null;
        }
        await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var result = await FollowerSampleFile.ReadAsync(stream, fileFormat, labelled, maxRows, ct);
        if (result.Succeeded)
        {
            return result;
        }
        foreach (var error in result.Errors)
        {
            Cli.Err.MarkupLineInterpolated($"[red]{path.Name}:[/] {error.ToString()}");
        }
        if (result.ErrorCount > result.Errors.Count)
        {
            Cli.Err.MarkupLineInterpolated($"… and {result.ErrorCount - result.Errors.Count} more.");
        }
        Cli.Error($"{result.ErrorCount} error(s) in {path.Name}; nothing was scored.");
        return null;
    }

    private sealed record TrainingReport(string Model, int Profiles, int Fakes, double Threshold, CrossValidationReport CrossValidation);

    private sealed record CrossValidationReport(int Folds, double Accuracy, double Precision, double Recall, double Specificity,
        double F1, double MacroF1, double Auc);
}
