namespace Clout.Core.Attribution;

/// <summary>
/// For one collaboration: how many orders carried each signal pointing to it, how many carried two or three of them
/// at once, and how many it won by each source. The signal counts overlap and must never be summed: an order with a
/// code and a click is in Code, Click and CodeAndClick, and in exactly one Won count. <see cref="Creator"/> counts
/// orders whose platform named the collaboration's creator; its overlaps with the other signals are not counted, as
/// a platform's shop order seldom carries a code, a click or a survey answer of the brand's own.
/// </summary>
public sealed record SignalCounts(
    long CollaborationId,
    int Code,
    int Click,
    int Survey,
    int CodeAndClick,
    int CodeAndSurvey,
    int ClickAndSurvey,
    int AllThree,
    int WonByCode,
    int WonByClick,
    int WonBySurvey,
    int Creator = 0,
    int WonByCreator = 0)
{
    /// <summary>Orders credited to the collaboration: each order is won once, so these do add up.</summary>
    public int Won => WonByCreator + WonByCode + WonByClick + WonBySurvey;
}
