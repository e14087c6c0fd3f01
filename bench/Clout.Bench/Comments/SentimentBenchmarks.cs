using BenchmarkDotNet.Attributes;
using Clout.Core.Comments;

namespace Clout.Bench.Comments;

/// <summary>Per-comment cost and allocation of the sentiment scorer and of the full comment scorer (flags and cues).</summary>
[MemoryDiagnoser]
public class SentimentBenchmarks
{
    private const string Short = "Not gonna lie, this is SOOO goood!!! but the price 😬 #blessed";

    private readonly string _long = CommentThroughput.DistinctWords(10 * 1024);

    [Benchmark(Baseline = true)]
    public double Sentiment_ShortComment() => SentimentScorer.Score(Short).Compound;

    [Benchmark]
    public double Sentiment_10KB() => SentimentScorer.Score(_long).Compound;

    [Benchmark]
    public double CommentScorer_ShortComment() => CommentScorer.Score(Short).Intent.Score;
}
