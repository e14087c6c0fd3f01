namespace Clout.Core.Attribution;

/// <summary>
/// Creator, code, link and survey credit side by side per collaboration (every signal is kept, not only the winner). Shows
/// e.g. that a creator's survey mentions are twice its code orders, or that most code orders never clicked the link.
/// </summary>
public static class SignalReconciliation
{
    public static IReadOnlyList<SignalCounts> Count(IEnumerable<OrderSignalSet> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var counts = new SortedDictionary<long, Tally>();
        Tally Of(long id) => counts.TryGetValue(id, out var t) ? t : counts[id] = new Tally();

        foreach (var order in orders)
        {
            // Each collaboration named by any signal, once per order.
            foreach (var id in new[] { order.CreatorCollaborationId, order.CodeCollaborationId, order.ClickCollaborationId, order.SurveyCollaborationId }.OfType<long>().Distinct())
            {
                var code = order.CodeCollaborationId == id;
                var click = order.ClickCollaborationId == id;
                var survey = order.SurveyCollaborationId == id;
                var t = Of(id);
                t.Creator += order.CreatorCollaborationId == id ? 1 : 0;
                t.Code += code ? 1 : 0;
                t.Click += click ? 1 : 0;
                t.Survey += survey ? 1 : 0;
                t.CodeAndClick += code && click ? 1 : 0;
                t.CodeAndSurvey += code && survey ? 1 : 0;
                t.ClickAndSurvey += click && survey ? 1 : 0;
                t.AllThree += code && click && survey ? 1 : 0;
            }
            if (order.AttributedCollaborationId is { } winner)
            {
                var t = Of(winner);
                switch (order.Source)
                {
                    case AttributionSource.Creator:
                        t.WonByCreator++;
                        break;
                    case AttributionSource.Code:
                        t.WonByCode++;
                        break;
                    case AttributionSource.Click:
                        t.WonByClick++;
                        break;
                    case AttributionSource.Survey:
                        t.WonBySurvey++;
                        break;
                    case AttributionSource.None:
                    default:
                        break; // a credited order without a source is inconsistent data: counted as a signal only
                }
            }
        }
        return [.. counts.Select(c => new SignalCounts(c.Key, c.Value.Code, c.Value.Click, c.Value.Survey, c.Value.CodeAndClick,
            c.Value.CodeAndSurvey, c.Value.ClickAndSurvey, c.Value.AllThree, c.Value.WonByCode, c.Value.WonByClick, c.Value.WonBySurvey,
            c.Value.Creator, c.Value.WonByCreator))];
    }

    private sealed class Tally
    {
        public int Creator;
        public int Code;
        public int Click;
        public int Survey;
        public int CodeAndClick;
        public int CodeAndSurvey;
        public int ClickAndSurvey;
        public int AllThree;
        public int WonByCode;
        public int WonByClick;
        public int WonBySurvey;
        public int WonByCreator;
    }
}
