using Clout.Core.Surveys;
using Clout.Dashboard.Surveys;

namespace Clout.Tests.Dashboard;

public sealed class SurveyFormTests
{
    [Fact]
    public void ToDefinition_OptionLines_IdsKeptOrMadeFromLabels_OtherTypesFieldsDropped()
    {
        var form = new SurveyForm
        {
            Title = "  Spring  ",
            Intro = " ",
            Questions =
            [
                new QuestionForm
                {
                    Id = "src", Type = "single_choice", Text = "Where?", Required = true, AllowOther = true,
                    Options = "inf_12 | @anna (Anna B)\r\nInstagram Reels!\n\n  TikTok  ", MinLabel = "ignored", MaxLength = 5,
                },
                new QuestionForm { Id = "sd", Type = "semantic_differential", Text = "She is", MinLabel = "Dishonest", MaxLabel = "Honest", Construct = "trustworthiness", Reverse = true, Options = "ignored", AllowOther = true },
                new QuestionForm { Id = "why", Type = "open_text", Text = "Why?", MaxLength = 300, ShowIfQuestion = "src", ShowIfAnyOf = "inf_12, instagram_reels ,," },
            ],
        };

        var definition = form.ToDefinition();

        Assert.Empty(form.Problems());
        Assert.Empty(SurveyDefinitionRules.Check(definition));
        Assert.Equal("Spring", definition.Title);
        Assert.Null(definition.Intro);
        var source = definition.Questions[0];
        Assert.Equal([new SurveyOption("inf_12", "@anna (Anna B)"), new SurveyOption("instagram_reels", "Instagram Reels!"), new SurveyOption("tiktok", "TikTok")], source.Options);
        Assert.True(source.AllowOther);
        Assert.Null(source.MinLabel);
        Assert.Null(source.MaxLength);
        var item = definition.Questions[1];
        Assert.Equal((QuestionType.SemanticDifferential, "Dishonest", "Honest", "trustworthiness", true), (item.Type, item.MinLabel, item.MaxLabel, item.Construct, item.Reverse));
        Assert.Null(item.Options);
        Assert.False(item.AllowOther);
        Assert.Equal("src", definition.Questions[2].ShowIf?.Question);
        Assert.Equal(["inf_12", "instagram_reels"], definition.Questions[2].ShowIf!.AnyOf);
        Assert.Equal(300, definition.Questions[2].MaxLength);
    }

    [Fact]
    public void FromThenTo_Template_RoundTripsExactly()
    {
        var template = SurveyTemplates.Create(SurveyTemplates.Trust, [new RosterEntry(12, "anna", "Anna B"), new RosterEntry(7, "bo", null)])!;

        var back = SurveyForm.From(template).ToDefinition();

        Assert.Equal(SurveyJson.Write(template), SurveyJson.Write(back));
    }

    [Fact]
    public void Apply_AddMoveRemove_ChangesOnlyTheList()
    {
        var form = new SurveyForm { Questions = [new QuestionForm { Id = "q1" }, new QuestionForm { Id = "q3" }] };

        Assert.True(form.Apply("add"));
        Assert.Equal(["q1", "q3", "q2"], form.Questions.Select(q => q.Id));
        Assert.True(form.Apply("up:2"));
        Assert.Equal(["q1", "q2", "q3"], form.Questions.Select(q => q.Id));
        Assert.True(form.Apply("down:0"));
        Assert.Equal(["q2", "q1", "q3"], form.Questions.Select(q => q.Id));
        Assert.True(form.Apply("remove:1"));
        Assert.Equal(["q2", "q3"], form.Questions.Select(q => q.Id));
        Assert.False(form.Apply("up:0"));
        Assert.False(form.Apply("down:1"));
        Assert.False(form.Apply("remove:9"));
        Assert.False(form.Apply("remove:-1"));
        Assert.False(form.Apply("explode"));
        Assert.Equal(["q2", "q3"], form.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Problems_UnknownType_NamedWithTheQuestion()
    {
        var form = new SurveyForm { Title = "T", Questions = [new QuestionForm { Id = "q1", Type = "slider", Text = "?" }] };

        var problem = Assert.Single(form.Problems());

        Assert.Equal("q1", problem.Field);
        Assert.Contains("'slider'", problem.Message, StringComparison.Ordinal);
    }
}
