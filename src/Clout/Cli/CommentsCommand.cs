using System.CommandLine;
using System.Text;
using System.Text.Json;
using Clout.Comments;
using Clout.Core.Comments;
using Clout.Presentation;

namespace Clout.Cli;

/// <summary>
/// `clout comments score [FILE|-] [--format jsonl]`: one JSON object per input line, no database (it only reads its input).
/// Lines are scored in batches of <see cref="BatchLines"/>, so the duplicate cue sees repeats within a batch.
/// </summary>
internal static class CommentsCommand
{
    /// <summary>Enough lines to see a pasted comment repeat, few enough to stream any file in bounded memory.</summary>
    public const int BatchLines = 10_000;

    // Comments are text for a terminal or a pipe, not HTML: emoji and accents are written as they are.
    private static readonly JsonSerializerOptions Jsonl = new(CloutJson.Options)
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A text file, one comment per line (UTF-8); '-' or nothing reads standard input",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var score = new Command("score", "Score comments (sentiment, skeptical, intent, spam), one JSON line per input line; needs no database") { file, format };
        score.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            var path = parse.GetValue(file);
            if (path is not (null or "-") && !File.Exists(path))
            {
                Cli.Error($"no file '{path}'");
                return Cli.InvalidInput;
            }

            using var reader = path is null or "-"
                ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8)
                : new StreamReader(path, Encoding.UTF8);
            await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            var lines = new List<string>(BatchLines);
            var truncated = 0;
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                lines.Add(line);
                if (lines.Count == BatchLines)
                {
                    truncated += await WriteAsync(lines, output, ct);
                    lines.Clear();
                }
            }

            truncated += await WriteAsync(lines, output, ct);
            await output.FlushAsync(ct);
            if (truncated > 0)
            {
                Cli.Info($"{truncated} line(s) longer than {CommentScorer.MaxLength} characters: only their beginning was scored (\"truncated\": true).");
            }

            return Cli.Ok;
        }));
        return new Command("comments", "Comment intelligence") { score };
    }

    private static async Task<int> WriteAsync(List<string> lines, StreamWriter output, CancellationToken cancellationToken)
    {
        var scores = CommentScorer.ScoreBatch([.. lines.Select(l => new CommentInput(l))]);
        var truncated = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            truncated += scores[i].Truncated ? 1 : 0;
            // The text echoed back is what was scored: a truncated line is echoed truncated.
            var text = scores[i].Truncated ? lines[i][..Math.Min(lines[i].Length, CommentScorer.MaxLength)] : lines[i];
            await output.WriteLineAsync(JsonSerializer.Serialize(CommentScoreResponse.Of(text, scores[i]), Jsonl).AsMemory(), cancellationToken);
        }

        return truncated;
    }
}
