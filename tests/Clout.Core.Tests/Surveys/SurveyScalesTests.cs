using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Core.Surveys;

namespace Clout.Core.Tests.Surveys;

/// <summary>The parasocial and authenticity scales: their templates, each respondent's score, and alpha with its n.</summary>
public sealed class SurveyScalesTests
{
    private static readonly DateTime At = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly RosterEntry[] Roster = [new(1, "anna", "Anna"), new(2, "bob", null)];

    // Three parasocial items on a five-point scale, the third reverse-keyed (scored 6 − answer).
    private static readonly SurveyDefinition Closeness = new("Closeness", null, null,
    [
        new SurveyQuestion("creator", QuestionType.SingleChoice, "Who?", Required: true, Options: [new("inf_1", "@anna"), new("inf_2", "@bob")]),
        new SurveyQuestion("a", QuestionType.Likert5, "A", Construct: SurveyScales.Parasocial),
        new SurveyQuestion("b", QuestionType.Likert5, "B", Construct: SurveyScales.Parasocial),
        new SurveyQuestion("c", QuestionType.Likert5, "C", Construct: SurveyScales.Parasocial, Reverse: true),
    ]);

    private static SurveyResponseRecord Response(long id, long influencer, int? a, int b, int c) =>
        new(id, 1, new Dictionary<string, SurveyAnswer>
        {
            ["creator"] = new(Option: SurveyOption.ForInfluencer(influencer)),
            ["a"] = new(Value: a),
            ["b"] = new(Value: b),
            ["c"] = new(Value: c),
        }, influencer, At.AddMinutes(id));

    [Theory]
    [InlineData(SurveyTemplates.Parasocial, 8, QuestionType.Likert5)]
    [InlineData(SurveyTemplates.Authenticity, 7, QuestionType.Likert7)]
    public void Create_ScaleTemplate_RosterQuestionThenItsItems_Valid(string template, int items, QuestionType type)
    {
        var definition = SurveyTemplates.Create(template, Roster)!;

        Assert.Empty(SurveyDefinitionRules.Check(definition));
        Assert.Equal(SurveyTemplates.CreatorQuestion, definition.Questions[0].Id);
        Assert.Equal(["inf_1", "inf_2"], definition.Questions[0].Options!.Select(o => o.Id));
        var scale = definition.Questions.Skip(1).ToList();
        Assert.Equal(items, scale.Count);
        Assert.All(scale, q => Assert.Equal((template, type, true), (q.Construct, q.Type, q.Required)));
        Assert.Contains(template, SurveyTemplates.All);
    }

    [Fact]
    public void Create_Authenticity_PaidForAnythingItemIsReverseKeyed()
    {
        var definition = SurveyTemplates.Create(SurveyTemplates.Authenticity, Roster)!;

        Assert.Equal(["auth_paid"], definition.Questions.Where(q => q.Reverse).Select(q => q.Id));
        Assert.Equal(1, definition.Find("auth_paid")!.Score(7));
    }

    [Fact]
    public void ConstructScore_MeanOfAnsweredItems_ReverseItemMirrored()
    {
        // a = 4, b = 2, c answered 1 → scored 5: (4 + 2 + 5) / 3.
        Assert.Equal(11.0 / 3, SurveyResultsBuilder.ConstructScore(Response(1, 1, 4, 2, 1), Closeness, SurveyScales.Parasocial)!.Value, 12);
        // A skipped item leaves the mean of the others.
        Assert.Equal(3.5, SurveyResultsBuilder.ConstructScore(Response(2, 1, null, 2, 1), Closeness, SurveyScales.Parasocial)!.Value, 12);
        Assert.Null(SurveyResultsBuilder.ConstructScore(Response(3, 1, 4, 2, 1), Closeness, SurveyScales.Authenticity));
    }

    [Fact]
    public void Build_ParasocialScale_HandComputedAlphaWithItsN_AndScoreByTier()
    {
        // Scored rows [1,2,2] [2,2,3] [3,4,3] [4,4,5] (c answered 4, 3, 3, 1), and one with a skipped item, left out of alpha.
        // Item variances 5/3, 4/3, 4.75/3; totals 5, 7, 10, 13 with variance 36.75/3: α = 1.5 · (1 − 13.75/36.75).
        SurveyResponseRecord[] responses =
        [
            Response(1, 1, 1, 2, 4),
            Response(2, 1, 2, 2, 3),
            Response(3, 2, 3, 4, 3),
            Response(4, 2, 4, 4, 1),
            Response(5, 2, null, 5, 1),
        ];
        var results = SurveyResultsBuilder.Build(new Dictionary<int, SurveyDefinition> { [1] = Closeness }, responses,
            new Dictionary<long, (string, Tier)> { [1] = ("anna", Tier.Micro), [2] = ("bob", Tier.Celebrity) });

        var construct = Assert.Single(results.Constructs);
        Assert.Equal(SurveyScales.Parasocial, construct.Name);
        Assert.Equal(1.5 * (1 - (13.75 / 36.75)), construct.Alpha!.Value, 12);
        Assert.Equal(4, construct.AlphaRespondents);
        Assert.Equal(5, construct.Mean!.N);
        // Micro (anna): 5/3 and 7/3; celebrity (bob): 10/3, 13/3 and 5.
        Assert.Equal(["micro", "celebrity"], results.ByTier.Select(t => t.Key));
        Assert.Equal(2.0, results.ByTier[0].ParasocialScore!.Value, 12);
        Assert.Equal((10.0 / 3 + 13.0 / 3 + 5) / 3, results.ByTier[1].ParasocialScore!.Value, 12);
        Assert.Null(results.ByTier[0].AuthenticityScore);
        Assert.Null(results.ByTier[0].TrustScore);
    }

    [Fact]
    public void SurveyUnits_ParasocialAndAuthenticity_MeansAsMetrics_AbsentWithoutAnswers()
    {
        var values = SurveyUnits.Values([], [], [2, 3, 4], [6, 5]);

        Assert.Equal(3, values[Metrics.ParasocialScore.Name], 12);
        Assert.Equal(5.5, values[Metrics.AuthenticityScore.Name], 12);
        Assert.False(values.ContainsKey(Metrics.TrustScore.Name));
        Assert.Contains(Metrics.ParasocialScore, Metrics.Survey);
        Assert.Contains(Metrics.AuthenticityScore, Metrics.Survey);
    }

    [Fact]
    public void InfluencerUnits_SurveyScalesOnly_MakeARowWithThem()
    {
        var readings = new InfluencerReadings(1, "anna", Tier.Micro, 20_000, new Clout.Core.Engagement.InfluencerEngagement(0, null, null, null, null, null, 0))
        {
            ParasocialScores = [4, 5],
        };

        var unit = InfluencerUnits.Of(readings, null);

        Assert.Equal(4.5, unit!.Values[Metrics.ParasocialScore.Name], 12);
    }
}
