using Clout.Storage.Reports;

namespace Clout.Storage.Tests.Reports;

public sealed class ReportFilterTests
{
    private static readonly DateTime Jan11 = new(2026, 1, 11, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Jan20 = new(2026, 1, 20, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Create_FromNotBeforeTo_IsRefused()
    {
        var (filter, error) = ReportFilter.Create(null, Jan20, Jan20);

        Assert.Null(filter);
        Assert.Contains("[from, to)", error);
    }

    [Fact]
    public void Create_TimesWithoutZone_AreUtcAndBlankCampaignIsNone()
    {
        var (filter, error) = ReportFilter.Create("  ", new DateTime(2026, 1, 11), null);

        Assert.Null(error);
        Assert.NotNull(filter);
        var from = Assert.NotNull(filter.FromUtc);
        Assert.Equal((Jan11, DateTimeKind.Utc), (from, from.Kind));
        Assert.Null(filter.Campaign);
    }
}
