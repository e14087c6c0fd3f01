using Clout.Core.Comments;

namespace Clout.Core.Tests.Comments;

/// <summary>
/// Precision and recall of each flag on the labelled comments. Floors are the measured figures less a margin
/// (docs/comments.md); the unseen floors are lower because nothing was tuned on those comments.
/// </summary>
public sealed class CommentFlagEvaluationTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledComment> Labelled = LabelledComment.Load();

    [Fact]
    public void LabelledSet_HasAtLeast300Comments_WithEveryFlagRepresented()
    {
        Assert.True(Labelled.Count >= 300, $"{Labelled.Count} labelled comments");
        Assert.True(Labelled.Count(c => c.Skeptical) >= 50);
        Assert.True(Labelled.Count(c => c.Intent) >= 50);
        Assert.True(Labelled.Count(c => c.Spam) >= 50);
        Assert.Equal(Labelled.Count, Labelled.Select(c => c.Text).Distinct().Count());
    }

    [Theory]
    // flag, split, floor precision, floor recall. "tuned": the 400 comments the cue tables were written against;
    // "unseen": 59 comments written afterwards and scored once, without tuning (the honest estimate).
    [InlineData("skeptical", "tuned", 0.95, 0.9)]
    [InlineData("intent", "tuned", 0.93, 0.95)]
    [InlineData("spam", "tuned", 0.95, 0.95)]
    [InlineData("skeptical", "unseen", 0.75, 0.3)]
    [InlineData("intent", "unseen", 0.8, 0.45)]
    [InlineData("spam", "unseen", 0.85, 0.75)]
    public void Flag_LabelledComments_MeetsPrecisionAndRecallFloors(string flag, string split, double floorPrecision, double floorRecall)
    {
        int truePositive = 0, falsePositive = 0, falseNegative = 0;
        foreach (var comment in Labelled.Where(c => c.Split == split))
        {
            var score = CommentScorer.Score(comment.Text);
            var (predicted, actual) = flag switch
            {
                "skeptical" => (score.Skeptical.IsSet, comment.Skeptical),
                "intent" => (score.Intent.IsSet, comment.Intent),
                _ => (score.Spam.IsSet, comment.Spam),
            };
            truePositive += predicted && actual ? 1 : 0;
            falsePositive += predicted && !actual ? 1 : 0;
            falseNegative += !predicted && actual ? 1 : 0;
            if (predicted != actual)
            {
                output.WriteLine($"{(actual ? "missed" : "false")} {flag}: {comment.Text}");
            }
        }

        var precision = truePositive / (double)Math.Max(1, truePositive + falsePositive);
        var recall = truePositive / (double)Math.Max(1, truePositive + falseNegative);
        output.WriteLine($"{flag} {split}: precision {precision:F3} recall {recall:F3} (tp {truePositive}, fp {falsePositive}, fn {falseNegative})");
        Assert.True(precision >= floorPrecision, $"{flag} precision {precision:F3} < {floorPrecision}");
        Assert.True(recall >= floorRecall, $"{flag} recall {recall:F3} < {floorRecall}");
    }
}
