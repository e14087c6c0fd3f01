using System.Globalization;

namespace Clout.Core.Tests.Comments;

/// <summary>
/// One of the four VADER ground-truth corpora (../shared/datasets/vader-icwsm2014-ground-truth, read-only, never
/// copied into the repository): tab-separated ID, mean human rating (−4..4), text.
/// </summary>
internal sealed record GroundTruthCorpus(string Name, IReadOnlyList<(double Mean, string Text)> Items)
{
    public const string Folder = "datasets/vader-icwsm2014-ground-truth";

    public static readonly string[] Files =
    [
        "tweets_GroundTruth.txt", "movieReviewSnippets_GroundTruth.txt",
        "amazonReviewSnippets_GroundTruth.txt", "nytEditorialSnippets_GroundTruth.txt",
    ];

    /// <summary>The corpus folder beside the repository (../shared), or null on a clone without it.</summary>
    public static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Clout.slnx")))
            {
                var folder = Path.Combine(dir.FullName, "..", "shared", Folder);
                return Directory.Exists(folder) ? Path.GetFullPath(folder) : null;
            }
        }

        return null;
    }

    /// <summary>Loads a corpus, or skips the calling test when ../shared is not there.</summary>
    public static GroundTruthCorpus Load(string file)
    {
        var folder = Locate();
        Assert.SkipWhen(folder is null, $"../shared/{Folder} is not beside this clone: the evaluation needs it.");
        var items = new List<(double, string)>();
        foreach (var line in File.ReadLines(Path.Combine(folder!, file)))
        {
            // Split on the first two tabs only: the text itself is not escaped.
            var first = line.IndexOf('\t', StringComparison.Ordinal);
            var second = line.IndexOf('\t', first + 1);
            if (first < 0 || second < 0)
            {
                continue;
            }

            items.Add((double.Parse(line.AsSpan(first + 1, second - first - 1), CultureInfo.InvariantCulture), line[(second + 1)..]));
        }

        return new GroundTruthCorpus(file.Split('_')[0], items);
    }
}
