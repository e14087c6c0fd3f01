using System.Xml.Linq;
using Clout.Core.Statistics;
using Clout.Core.Surveys;
using Clout.Dashboard.Surveys;

namespace Clout.Tests.Dashboard;

public sealed class SurveyChartTests
{
    [Fact]
    public void Shares_LabelWithMarkup_WellFormedSvgWithTheLabelAsText()
    {
        var question = Question(new OptionResult("inf_1", "@eve (<script>alert(1)</script> & co)", 3, Wilson.Interval(3, 4)),
            new OptionResult("inf_2", "@bo", 1, Wilson.Interval(1, 4)));

        var svg = XDocument.Parse(SurveyChart.Shares(question));

        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains("@eve (<script>alert(1)</script> & co)", texts);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
    }

    [Fact]
    public void Shares_LongRoster_ChartsTheMostChosenOnly()
    {
        var options = Enumerable.Range(1, 40).Select(i => new OptionResult($"inf_{i}", $"@creator{i}", i % 7 == 0 ? i : 0, Wilson.Interval(i % 7 == 0 ? i : 0, 100))).ToArray();
        var question = Question(options);

        var charted = SurveyChart.ChartedOptions(question);

        Assert.Equal(["@creator35", "@creator28", "@creator21", "@creator14", "@creator7"], charted.Select(o => o.Label));
        Assert.Contains("Top 5 of 40 answers", SurveyChart.Shares(question), StringComparison.Ordinal);
    }

    private static QuestionResult Question(params OptionResult[] options) =>
        new("heard_from", "single_choice", "How did you hear about us?", 100, options, null, null, []);
}
