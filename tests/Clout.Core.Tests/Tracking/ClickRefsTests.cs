using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class ClickRefsTests
{
    private static readonly DateTime At = new(2026, 3, 9, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void New_AnyTime_LengthCharactersUrlSafe()
    {
        var reference = ClickRefs.New(At);

        Assert.Equal(28, ClickRefs.Length);
        Assert.Equal(ClickRefs.Length, reference.Length);
        Assert.Equal(reference, Uri.EscapeDataString(reference));
    }

    [Fact]
    public void New_LaterClick_SortsAfter_AndTwoAtOnceDiffer()
    {
        var first = ClickRefs.New(At);
        var same = ClickRefs.New(At);
        var later = ClickRefs.New(At.AddMilliseconds(1));

        Assert.NotEqual(first, same);
        Assert.True(string.CompareOrdinal(first, later) < 0 && string.CompareOrdinal(same, later) < 0);
    }
}
