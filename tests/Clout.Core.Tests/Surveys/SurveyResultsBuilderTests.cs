using Clout.Core.Roster;
using Clout.Core.Statistics;
using Clout.Core.Surveys;

namespace Clout.Core.Tests.Surveys;

public sealed class SurveyResultsBuilderTests
{
    private static readonly DateTime At = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly SurveyDefinition V1 = new("Trust", null, null,
    [
        new SurveyQuestion("creator", QuestionType.SingleChoice, "Who?", Required: true, Options: [new("inf_1", "@anna"), new("inf_2", "@bob")], AllowOther: true),
        new SurveyQuestion("honest", QuestionType.SemanticDifferential, "Honest?", Construct: SurveyTemplates.Trustworthiness),
        new SurveyQuestion("reliable", QuestionType.SemanticDifferential, "Reliable?", Construct: SurveyTemplates.Trustworthiness),
        new SurveyQuestion("fake", QuestionType.SemanticDifferential, "Fake?", Construct: SurveyTemplates.Trustworthiness, Reverse: true),
        new SurveyQuestion("nps", QuestionType.Nps, "Recommend?"),
        new SurveyQuestion("say", QuestionType.OpenText, "Anything?"),
    ]);

    // Version 2 drops "say" and adds option inf_3.
    private static readonly SurveyDefinition V2 = V1 with
    {
        Questions = [V1.Questions[0] with { Options = [new("inf_1", "@anna"), new("inf_2", "@bob"), new("inf_3", "@cleo")] }, .. V1.Questions.Skip(1).Take(4)],
    };

    private static SurveyResponseRecord Response(long id, int version, string creator, int honest, int reliable, int fake, int nps, string? say = null) =>
        new(id, version, new Dictionary<string, SurveyAnswer>
        {
            ["creator"] = new(Option: creator),
            ["honest"] = new(Value: honest),
            ["reliable"] = new(Value: reliable),
            ["fake"] = new(Value: fake),
            ["nps"] = new(Value: nps),
            ["say"] = say is null ? new() : new(Text: say),
        }, SurveyOption.InfluencerIdOf(creator), At.AddMinutes(id));

    private static readonly Dictionary<long, (string, Tier)> Roster = new()
    {
        [1] = ("anna", Tier.Micro),
        [2] = ("bob", Tier.Celebrity),
        [3] = ("cleo", Tier.Micro),
    };

    // Scored trustworthiness rows (fake is mirrored: 8 − answer): anna [1,2,2] [2,3,3] [3,3,4]; bob [4,5,4].
    // These are the rows of SurveyStatisticsTests' hand-computed alpha: α = 1.5 · (1 − 25/68).
    private static readonly SurveyResponseRecord[] Responses =
    [
        Response(1, 1, "inf_1", 1, 2, 6, 10, "<script>alert(1)</script>"),
        Response(2, 1, "inf_1", 2, 3, 5, 9),
        Response(3, 2, "inf_1", 3, 3, 4, 6),
        Response(4, 2, "inf_2", 4, 5, 4, 0),
    ];

    private static SurveyResults Build() => SurveyResultsBuilder.Build(new Dictionary<int, SurveyDefinition> { [1] = V1, [2] = V2 }, Responses, Roster);

    [Fact]
    public void Build_Construct_UsesReverseKeyingAndHandComputedAlpha()
    {
        var trust = Assert.Single(Build().Constructs);

        Assert.Equal(3, trust.Items);
        Assert.Equal(1.5 * (1 - (25.0 / 68)), trust.Alpha!.Value, 12);
        // Respondent means 5/3, 8/3, 10/3, 13/3: mean 36/12 = 3.
        Assert.Equal(3.0, trust.Mean!.Value, 12);
        Assert.Equal(4, trust.Mean.N);
    }

    [Fact]
    public void Build_Options_CountSharesWithWilson_AcrossVersions()
    {
        var creator = Build().Questions.Single(q => q.Id == "creator");

        Assert.Equal(4, creator.N);
        Assert.Equal(["inf_1", "inf_2", "inf_3", "other"], creator.Options.Select(o => o.Id));
        var anna = creator.Options[0];
        Assert.Equal(3, anna.Count);
        Assert.Equal(Wilson.Interval(3, 4), anna.Share);
        Assert.Equal(0, creator.Options[2].Count);
    }

    [Fact]
    public void Build_RemovedQuestion_StillShowsItsAnswersVerbatim()
    {
        var results = Build();
        var say = results.Questions[^1];

        Assert.Equal("say", say.Id);
        Assert.Equal("<script>alert(1)</script>", Assert.Single(say.Texts).Text);
        Assert.Equal(4, results.Responses);
    }

    [Fact]
    public void TextAnswerScore_ReadsAnswersAsTheCommentScorerDoes()
    {
        var praise = TextAnswerScore.Of("I love this tea, best purchase ever!");
        Assert.Equal("positive", praise.Sentiment);
        Assert.True(praise.Compound >= 0.05, $"compound {praise.Compound}");

        var doubt = TextAnswerScore.Of("She was obviously paid to say that, total sellout. Where can I buy it cheaper?");
        Assert.Contains("skeptical", doubt.Flags);
        Assert.Contains("intent", doubt.Flags);
        Assert.Equal(Clout.Core.Comments.CommentScorer.Score("meh, it's fine").Sentiment.Compound, TextAnswerScore.Of("meh, it's fine").Compound);
    }

    [Fact]
    public void Build_Nps_AndGroups_ByInfluencerAndTier()
    {
        var results = Build();
        var nps = results.Questions.Single(q => q.Id == "nps");

        // 2 promoters, 2 detractors of 4: NPS 0.
        Assert.Equal(0, nps.Nps!.Value, 9);
        var anna = results.ByInfluencer[0];
        Assert.Equal(("@anna", 1L, 3), (anna.Key, anna.InfluencerId!.Value, anna.Responses));
        // Anna's respondents: trust 5/3, 8/3, 10/3 → mean 23/9; NPS: 2 promoters, 1 detractor of 3 → 33.3.
        Assert.Equal(23.0 / 9, anna.TrustScore!.Value, 12);
        Assert.Equal(100.0 / 3, anna.Nps!.Value, 9);
        Assert.Equal(["micro", "celebrity"], results.ByTier.Select(t => t.Key));
        Assert.Equal(13.0 / 3, results.ByTier[1].TrustScore!.Value, 12);
    }
}
