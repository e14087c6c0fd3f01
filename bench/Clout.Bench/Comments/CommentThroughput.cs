using System.Diagnostics;
using System.Globalization;
using System.Text;
using Clout.Core.Comments;

namespace Clout.Bench.Comments;

/// <summary>
/// Console mode for bench/comments/run.sh: sentiment scoring throughput on a file of comments (one per line), measured
/// the same way as the Node side (warm up, then repeat over the file for a fixed time, best of three), and the
/// linearity check (1, 10, 100 KB of distinct words). A plain stopwatch loop rather than BenchmarkDotNet so both
/// scorers are timed identically.
/// </summary>
public static class CommentThroughput
{
    private const int Rounds = 3;
    private static readonly TimeSpan RoundTime = TimeSpan.FromSeconds(3);

    public static int Run(string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: Clout.Bench comments FILE   (one comment per line)");
            return 2;
        }

        var comments = File.ReadAllLines(args[0], Encoding.UTF8);
        double checksum = 0;
        foreach (var comment in comments)
        {
            checksum += SentimentScorer.Score(comment).Compound; // warm-up: tiered JIT, lexicon load
        }

        var best = 0.0;
        for (var round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            long scored = 0;
            while (clock.Elapsed < RoundTime)
            {
                foreach (var comment in comments)
                {
                    checksum += SentimentScorer.Score(comment).Compound;
                }

                scored += comments.Length;
            }

            best = Math.Max(best, scored / clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clout comments/s {best:F0} (checksum {checksum:F1})"));
        foreach (var kilobytes in new[] { 1, 10, 100 })
        {
            var text = DistinctWords(kilobytes * 1024);
            SentimentScorer.Score(text);
            var fastest = TimeSpan.MaxValue;
            for (var i = 0; i < 20; i++)
            {
                var clock = Stopwatch.StartNew();
                SentimentScorer.Score(text);
                fastest = TimeSpan.FromTicks(Math.Min(fastest.Ticks, clock.Elapsed.Ticks));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clout {kilobytes} KB of distinct words: {fastest.TotalMilliseconds:F3} ms"));
        }

        return 0;
    }

    /// <summary>About <paramref name="length"/> characters of words that all differ, every tenth one a lexicon word.</summary>
    public static string DistinctWords(int length)
    {
        string[] sentiment = ["good", "bad", "love", "hate", "great", "awful", "not", "very", "but", "!"];
        var text = new StringBuilder(length + 16);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(i % 10 == 0 ? sentiment[i / 10 % sentiment.Length] : "w" + i.ToString(CultureInfo.InvariantCulture)).Append(' ');
        }

        return text.ToString(0, length);
    }
}
