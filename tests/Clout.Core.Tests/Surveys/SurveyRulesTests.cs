using Clout.Core.Surveys;

namespace Clout.Core.Tests.Surveys;

public sealed class SurveyRulesTests
{
    private static readonly SurveyDefinition Survey = new("Shop survey", null, null,
    [
        new SurveyQuestion("heard", QuestionType.SingleChoice, "How did you hear about us?", Required: true,
            Options: [new("inf_1", "@anna"), new("inf_2", "@bob")], AllowOther: true),
        new SurveyQuestion("why", QuestionType.OpenText, "Why Anna?", MaxLength: 10, ShowIf: new ShowIf("heard", ["inf_1"])),
        new SurveyQuestion("nps", QuestionType.Nps, "Recommend us?", Required: true),
        new SurveyQuestion("likes", QuestionType.MultipleChoice, "What do you like?", Options: [new("a", "A"), new("b", "B")]),
    ]);

    private static IReadOnlyList<SurveyProblem> Check(Dictionary<string, SurveyAnswer?> answers) => SurveyResponseRules.Check(Survey, answers);

    [Fact]
    public void Check_ValidResponse_HasNoProblems()
    {
        Assert.Empty(Check(new() { ["heard"] = new(Option: "inf_1"), ["why"] = new(Text: "<b>fun</b>"), ["nps"] = new(Value: 10), ["likes"] = new(Options: ["a", "b"]) }));
        Assert.Empty(Check(new() { ["heard"] = new(Option: "other", Text: "a friend"), ["nps"] = new(Value: 0) }));
    }

    [Fact]
    public void Check_EachBadAnswer_NamesItsQuestion()
    {
        var problems = Check(new()
        {
            ["heard"] = new(Option: "inf_9"),
            ["nps"] = new(Value: 11),
            ["likes"] = new(Options: ["a", "a"]),
            ["ghost"] = new(Value: 1),
        });

        Assert.Equal(["ghost", "heard", "nps", "likes"], problems.Select(p => p.Field));
        Assert.Contains("'inf_9' is not an option", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("outside 0-10", problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingRequired_AndOtherWithoutText_AreRefused()
    {
        var problems = Check(new() { ["heard"] = new(Option: "other") });

        Assert.Equal(["heard", "nps"], problems.Select(p => p.Field));
        Assert.Equal("is required.", problems[1].Message);
    }

    [Fact]
    public void Check_ShowIf_HidesAndRefusesHiddenAnswers()
    {
        var hidden = Check(new() { ["heard"] = new(Option: "inf_2"), ["why"] = new(Text: "x"), ["nps"] = new(Value: 5) });
        var tooLong = Check(new() { ["heard"] = new(Option: "inf_1"), ["why"] = new(Text: new string('x', 11)), ["nps"] = new(Value: 5) });

        Assert.Equal("why", Assert.Single(hidden).Field);
        Assert.Contains("hidden", hidden[0].Message, StringComparison.Ordinal);
        Assert.Contains("11 characters; at most 10", Assert.Single(tooLong).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WrongShape_IsRefused()
    {
        var problems = Check(new() { ["heard"] = new(Value: 1), ["nps"] = new(Option: "a") });

        Assert.Equal(["heard", "nps"], problems.Select(p => p.Field));
    }

    [Fact]
    public void DefinitionRules_SoundTemplates_HaveNoProblems()
    {
        RosterEntry[] roster = [new(1, "anna", "Anna Bell"), new(2, "bob", null)];
        foreach (var template in SurveyTemplates.All)
        {
            Assert.Empty(SurveyDefinitionRules.Check(SurveyTemplates.Create(template, roster)));
        }
        Assert.Empty(SurveyDefinitionRules.Check(Survey));
    }

    [Fact]
    public void DefinitionRules_Problems_NameTheQuestion()
    {
        var bad = new SurveyDefinition("", null, null,
        [
            new SurveyQuestion("q1", QuestionType.SingleChoice, "Pick", Options: [new("a", "A"), new("a", "A again")]),
            new SurveyQuestion("Q 2", QuestionType.Likert5, "Agree?"),
            new SurveyQuestion("q3", QuestionType.Likert7, "Later", ShowIf: new ShowIf("q4", ["1"])),
            new SurveyQuestion("q4", QuestionType.Nps, "NPS", Construct: "trust"),
            new SurveyQuestion("q5", QuestionType.OpenText, "Say", MaxLength: 5000),
            new SurveyQuestion("q6", QuestionType.Rating, "Stars", ShowIf: new ShowIf("q1", ["z"])),
            new SurveyQuestion("q1", QuestionType.Rating, "Again"),
        ]);

        var fields = SurveyDefinitionRules.Check(bad).Select(p => p.Field).ToList();

        Assert.Equal(["title", "q1", "Q 2", "q3", "q4", "q5", "q6", "q1"], fields);
    }

    [Fact]
    public void Trust_Template_HasOhanianFifteenItems()
    {
        var trust = SurveyTemplates.Create(SurveyTemplates.Trust, [new(7, "anna", "Anna")])!;
        var items = trust.Questions.Where(q => q.Construct is not null).ToList();

        Assert.Equal(15, items.Count);
        Assert.All(SurveyTemplates.TrustConstructs, c => Assert.Equal(5, items.Count(q => q.Construct == c)));
        Assert.All(items, q => Assert.Equal((1, 7), (q.Min!.Value, q.Max!.Value)));
        Assert.Contains(items, q => q.MinLabel == "Undependable" && q.MaxLabel == "Dependable" && q.Construct == SurveyTemplates.Trustworthiness);
        Assert.Equal("inf_7", trust.Questions[0].Options![0].Id);
        Assert.Equal("@anna (Anna)", trust.Questions[0].Options![0].Label);
    }

    [Fact]
    public void SurveyJson_RoundTrips_WithSnakeCaseTypes()
    {
        var json = SurveyJson.Write(Survey);
        var read = SurveyJson.Read(json);

        Assert.Contains("\"type\":\"single_choice\"", json, StringComparison.Ordinal);
        Assert.Contains("\"show_if\":{\"question\":\"heard\",\"any_of\":[\"inf_1\"]}", json, StringComparison.Ordinal);
        Assert.Equal(SurveyJson.Write(read), json);
        Assert.Throws<System.Text.Json.JsonException>(() => SurveyJson.Read("""{"title":"t","questions":[{"id":"a","type":"slider","text":"x"}]}"""));
    }
}
