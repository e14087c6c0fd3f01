using Clout.Core.Attribution;

namespace Clout.Core.Tests.Attribution;

public sealed class SignalReconciliationTests
{
    private const long Mila = 1;
    private const long Otto = 2;

    [Fact]
    public void Count_OverlappingSignals_CountsEachSignalAndOverlapWithoutSumming()
    {
        OrderSignalSet[] orders =
        [
            // 1. code + click + survey, all Mila → won by code
            new(Mila, Mila, Mila, AttributionSource.Code, Mila),
            // 2. code Mila, click Otto → Mila by code; Otto has a click signal that lost
            new(Mila, Otto, null, AttributionSource.Code, Mila),
            // 3. click Mila + survey Mila → click
            new(null, Mila, Mila, AttributionSource.Click, Mila),
            // 4. survey Otto only → survey
            new(null, null, Otto, AttributionSource.Survey, Otto),
            // 5. code Mila + survey Otto → Mila by code
            new(Mila, null, Otto, AttributionSource.Code, Mila),
            // 6. no signal at all
            new(null, null, null, AttributionSource.None, null),
        ];

        var counts = SignalReconciliation.Count(orders).ToDictionary(c => c.CollaborationId);

        Assert.Equal([Mila, Otto], counts.Keys);
        // Mila: code in 1, 2, 5; click in 1, 3; survey in 1, 3. code∧click 1; code∧survey 1; click∧survey 1, 3; all 1.
        Assert.Equal(new SignalCounts(Mila, 3, 2, 2, 1, 1, 2, 1, 3, 1, 0), counts[Mila]);
        Assert.Equal(4, counts[Mila].Won); // 4 orders, though the signal counts add up to 7
        // Otto: click in 2 (lost), survey in 4 (won) and 5 (lost).
        Assert.Equal(new SignalCounts(Otto, 0, 1, 2, 0, 0, 0, 0, 0, 0, 1), counts[Otto]);
    }

    [Fact]
    public void Count_CreatorSignals_CountsThemAndTheirWins()
    {
        OrderSignalSet[] orders =
        [
            // 1. the shop names Mila, the buyer typed Otto's code → Mila by creator; Otto's code lost
            new(Otto, null, null, AttributionSource.Creator, Mila, CreatorCollaborationId: Mila),
            // 2. the shop names Mila alone → Mila by creator
            new(null, null, null, AttributionSource.Creator, Mila, CreatorCollaborationId: Mila),
            // 3. Otto's code alone → Otto by code
            new(Otto, null, null, AttributionSource.Code, Otto),
        ];

        var counts = SignalReconciliation.Count(orders).ToDictionary(c => c.CollaborationId);

        Assert.Equal(new SignalCounts(Mila, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Creator: 2, WonByCreator: 2), counts[Mila]);
        Assert.Equal(2, counts[Mila].Won);
        Assert.Equal(new SignalCounts(Otto, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0), counts[Otto]);
    }

    [Fact]
    public void Count_NoOrders_IsEmpty()
    {
        Assert.Empty(SignalReconciliation.Count([]));
    }
}
