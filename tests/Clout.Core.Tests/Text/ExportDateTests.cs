using Clout.Core.Text;

namespace Clout.Core.Tests.Text;

public sealed class ExportDateTests
{
    [Theory]
    [InlineData("June 3", 6, 3, null)]
    [InlineData("Jun 3", 6, 3, null)]
    [InlineData("3 June", 6, 3, null)]
    [InlineData(" sept 30 ", 9, 30, null)]
    [InlineData("Dec. 31", 12, 31, null)]
    [InlineData("February 29", 2, 29, null)]
    [InlineData("Jun 3, 2026", 6, 3, 2026)]
    [InlineData("3 June 2026", 6, 3, 2026)]
    [InlineData("2026-06-03", 6, 3, 2026)]
    public void TryParse_EnglishDays_ReadsMonthDayAndYear(string text, int month, int day, int? year)
    {
        Assert.True(ExportDate.TryParse(text, out var date));
        Assert.Equal(new ExportDate(month, day, year), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("June")]
    [InlineData("June 31")]
    [InlineData("Juni 3")]
    [InlineData("18 tháng Sáu")]
    [InlineData("February 29, 2026")]
    [InlineData("June 3 2026 12:00")]
    [InlineData("06/03/2026")]
    public void TryParse_OtherText_IsRefused(string? text) => Assert.False(ExportDate.TryParse(text, out _));

    /// <summary>An export downloaded on January 4: December is the year before, January the export's year.</summary>
    [Theory]
    [InlineData("December 28", 2026, 12, 28)]
    [InlineData("January 4", 2027, 1, 4)]
    [InlineData("January 5", 2026, 1, 5)]
    [InlineData("2025-12-28", 2025, 12, 28)]
    public void InYear_DayAfterTheExportsLastDay_IsFromTheYearBefore(string text, int year, int month, int day)
    {
        Assert.True(ExportDate.TryParse(text, out var date));

        Assert.Equal(new DateOnly(year, month, day), date.InYear(2027, new ExportDate(1, 4, null)));
    }

    [Fact]
    public void InYear_EndOfYear_KeepsEveryDayInTheYearGiven()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), new ExportDate(12, 31, null).InYear(2026, ExportDate.EndOfYear));
        Assert.Equal(new DateOnly(2026, 1, 1), new ExportDate(1, 1, null).InYear(2026, ExportDate.EndOfYear));
    }

    [Fact]
    public void InYear_February29OfACommonYear_IsNull()
    {
        Assert.Null(new ExportDate(2, 29, null).InYear(2026, ExportDate.EndOfYear));
        Assert.Equal(new DateOnly(2028, 2, 29), new ExportDate(2, 29, null).InYear(2028, ExportDate.EndOfYear));
    }
}
