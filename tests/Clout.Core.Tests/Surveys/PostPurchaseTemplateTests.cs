using Clout.Core.Surveys;

namespace Clout.Core.Tests.Surveys;

/// <summary>The post-purchase template: radios for a small roster, a channel question then a picker for a large one.</summary>
public sealed class PostPurchaseTemplateTests
{
    private static RosterEntry[] RosterOf(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new RosterEntry(i, $"creator{i:D3}", null))];

    [Fact]
    public void Create_TenInfluencers_OneRosterQuestionAsToday()
    {
        var definition = SurveyTemplates.Create(SurveyTemplates.PostPurchase, RosterOf(SurveyTemplates.RadioRosterLimit))!;

        Assert.Equal([SurveyTemplates.HeardFromQuestion, SurveyTemplates.NpsQuestion], definition.Questions.Select(q => q.Id));
        var heardFrom = definition.Questions[0];
        Assert.Equal(10, heardFrom.Options!.Count);
        Assert.Null(heardFrom.ShowIf);
    }

    [Fact]
    public void Create_ElevenInfluencers_ChannelFirst_CreatorOnlyForCreatorChannels_WithNoneOfThese()
    {
        var definition = SurveyTemplates.Create(SurveyTemplates.PostPurchase, RosterOf(11))!;

        Assert.Empty(SurveyDefinitionRules.Check(definition));
        Assert.Equal([SurveyTemplates.ChannelQuestion, SurveyTemplates.HeardFromQuestion, SurveyTemplates.NpsQuestion], definition.Questions.Select(q => q.Id));
        var channel = definition.Questions[0];
        Assert.Equal(["instagram", "tiktok", "youtube", "friend", "search"], channel.Options!.Select(o => o.Id));
        Assert.True(channel.AllowOther && channel.Required);
        var heardFrom = definition.Questions[1];
        Assert.Equal(new ShowIf(SurveyTemplates.ChannelQuestion, ["instagram", "tiktok", "youtube"]).AnyOf, heardFrom.ShowIf!.AnyOf);
        Assert.Equal(12, heardFrom.Options!.Count);
        Assert.Equal(SurveyTemplates.NoneOption, heardFrom.Options![^1].Id);
        Assert.Null(SurveyOption.InfluencerIdOf(heardFrom.Options![^1].Id));
        Assert.True(heardFrom.AllowOther && heardFrom.Required);
    }

    [Fact]
    public void Check_ElevenInfluencers_FriendNeedsNoCreator_InstagramDoes()
    {
        var definition = SurveyTemplates.Create(SurveyTemplates.PostPurchase, RosterOf(11))!;

        Assert.Empty(SurveyResponseRules.Check(definition, new Dictionary<string, SurveyAnswer?> { ["channel"] = new(Option: "friend") }));
        Assert.Contains(SurveyResponseRules.Check(definition, new Dictionary<string, SurveyAnswer?> { ["channel"] = new(Option: "instagram") }),
            p => p.Field == SurveyTemplates.HeardFromQuestion);
        Assert.Empty(SurveyResponseRules.Check(definition, new Dictionary<string, SurveyAnswer?>
        {
            ["channel"] = new(Option: "tiktok"),
            ["heard_from"] = new(Option: "none"),
        }));
    }
}
