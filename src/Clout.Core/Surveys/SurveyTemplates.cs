namespace Clout.Core.Surveys;

/// <summary>
/// Ready-made surveys. Roster questions list the workspace's influencers as options "inf_&lt;id&gt;", so an answer
/// names an influencer without any matching; "other" free text is matched by <see cref="RosterMatcher"/>.
/// </summary>
public static class SurveyTemplates
{
    public const string PostPurchase = "post_purchase";
    public const string Trust = "trust";
    public const string PurchaseIntent = "purchase_intent";
    public const string Nps = "nps";
    public const string Parasocial = SurveyScales.Parasocial;
    public const string Authenticity = SurveyScales.Authenticity;

    public static IReadOnlyList<string> All { get; } = [PostPurchase, Trust, PurchaseIntent, Nps, Parasocial, Authenticity];

    /// <summary>
    /// Up to this many influencers the post-purchase survey lists them as radio buttons; beyond it a shopper would
    /// scroll past a wall of names, so the survey asks the channel first and the widget offers a type-ahead picker.
    /// </summary>
    public const int RadioRosterLimit = 10;

    /// <summary>The channel question a post-purchase survey over a large roster asks first.</summary>
    public const string ChannelQuestion = "channel";

    /// <summary>The option of a large roster's picker for a shopper who cannot name the creator.</summary>
    public const string NoneOption = "none";

    /// <summary>Channels whose answer leads on to the creator picker: the ones where a creator is who they saw.</summary>
    public static IReadOnlyList<SurveyOption> CreatorChannels { get; } =
        [new("instagram", "Instagram"), new("tiktok", "TikTok"), new("youtube", "YouTube")];

    public static IReadOnlyList<SurveyOption> OtherChannels { get; } =
        [new("friend", "A friend or family"), new("search", "A search engine")];

    /// <summary>The question id of the roster question in the post-purchase and trust templates.</summary>
    public const string HeardFromQuestion = "heard_from";

    public const string CreatorQuestion = "creator";

    public const string NpsQuestion = "nps";

    public const string Trustworthiness = "trustworthiness";
    public const string Expertise = "expertise";
    public const string Attractiveness = "attractiveness";

    /// <summary>Ohanian's three source-credibility dimensions; a respondent's trust score is the mean of these.</summary>
    public static IReadOnlyList<string> TrustConstructs { get; } = [Trustworthiness, Expertise, Attractiveness];

    /// <summary>
    /// Ohanian (1990), "Construction and validation of a scale to measure celebrity endorsers' perceived expertise,
    /// trustworthiness, and attractiveness", Journal of Advertising 19(3): the fifteen semantic-differential pairs.
    /// </summary>
    public static IReadOnlyList<(string Construct, string Low, string High)> OhanianItems { get; } =
    [
        (Attractiveness, "Unattractive", "Attractive"),
        (Attractiveness, "Not classy", "Classy"),
        (Attractiveness, "Ugly", "Beautiful"),
        (Attractiveness, "Plain", "Elegant"),
        (Attractiveness, "Not sexy", "Sexy"),
        (Trustworthiness, "Undependable", "Dependable"),
        (Trustworthiness, "Dishonest", "Honest"),
        (Trustworthiness, "Unreliable", "Reliable"),
        (Trustworthiness, "Insincere", "Sincere"),
        (Trustworthiness, "Untrustworthy", "Trustworthy"),
        (Expertise, "Not an expert", "Expert"),
        (Expertise, "Inexperienced", "Experienced"),
        (Expertise, "Unknowledgeable", "Knowledgeable"),
        (Expertise, "Unqualified", "Qualified"),
        (Expertise, "Unskilled", "Skilled"),
    ];

    /// <summary>The template's definition, or null for an unknown template id.</summary>
    public static SurveyDefinition? Create(string template, IReadOnlyList<RosterEntry> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return template switch
        {
            PostPurchase when roster.Count > RadioRosterLimit => new SurveyDefinition("Thanks for your order!", null, "Thank you, that helps us a lot!",
            [
                new SurveyQuestion(ChannelQuestion, QuestionType.SingleChoice, "Where did you hear about us?", Required: true,
                    Options: [.. CreatorChannels, .. OtherChannels], AllowOther: true),
                new SurveyQuestion(HeardFromQuestion, QuestionType.SingleChoice, "Which creator was it?", Required: true,
                    Options: [.. RosterOptions(roster), new SurveyOption(NoneOption, "None of these / I don't remember")], AllowOther: true,
                    ShowIf: new ShowIf(ChannelQuestion, [.. CreatorChannels.Select(c => c.Id)])),
                NpsItem(required: false),
            ]),
            PostPurchase => new SurveyDefinition("How did you hear about us?", null, "Thank you, that helps us a lot!",
            [
                new SurveyQuestion(HeardFromQuestion, QuestionType.SingleChoice, "How did you hear about us?", Required: true,
                    Options: RosterOptions(roster), AllowOther: true),
                NpsItem(required: false),
            ]),
            Trust => new SurveyDefinition("What do you think of this creator?", "Rate the creator on each pair of words.", "Thank you!",
            [
                new SurveyQuestion(CreatorQuestion, QuestionType.SingleChoice, "Which creator are you rating?", Required: true,
                    Options: RosterOptions(roster), AllowOther: true),
                .. OhanianItems.Select(item => new SurveyQuestion(
                    ItemId(item.High), QuestionType.SemanticDifferential, "I find this creator…", Required: true,
                    MinLabel: item.Low, MaxLabel: item.High, Construct: item.Construct)),
            ]),
            PurchaseIntent => new SurveyDefinition("Your plans", null, "Thank you!",
            [
                new SurveyQuestion("intent_consider", QuestionType.Likert7, "I would consider buying a product this creator recommends.", Required: true, Construct: PurchaseIntent),
                new SurveyQuestion("intent_likely", QuestionType.Likert7, "It is likely that I will buy a product this creator recommends.", Required: true, Construct: PurchaseIntent),
                new SurveyQuestion("intent_will", QuestionType.Likert7, "I intend to buy a product this creator recommends.", Required: true, Construct: PurchaseIntent),
            ]),
            Nps => new SurveyDefinition("A quick question", null, "Thank you!",
            [
                NpsItem(required: true),
                new SurveyQuestion("nps_reason", QuestionType.OpenText, "What is the main reason for your score?", MaxLength: 1000),
            ]),
            Parasocial => ScaleSurvey("You and this creator", "How much do you agree with each sentence?", QuestionType.Likert5,
                SurveyScales.Parasocial, SurveyScales.ParasocialItems, roster),
            Authenticity => ScaleSurvey("How real is this creator?", "How much do you agree with each sentence?", QuestionType.Likert7,
                SurveyScales.Authenticity, SurveyScales.AuthenticityItems, roster),
            _ => null,
        };
    }

    /// <summary>A roster question naming the creator, then the scale's items as agreement questions.</summary>
    private static SurveyDefinition ScaleSurvey(string title, string intro, QuestionType type, string construct,
        IReadOnlyList<(string Id, string Text, bool Reverse)> items, IReadOnlyList<RosterEntry> roster) =>
        new(title, intro, "Thank you!",
        [
            new SurveyQuestion(CreatorQuestion, QuestionType.SingleChoice, "Which creator are you rating?", Required: true,
                Options: RosterOptions(roster), AllowOther: true),
            .. items.Select(item => new SurveyQuestion(item.Id, type, item.Text, Required: true, Construct: construct, Reverse: item.Reverse)),
        ]);

    /// <summary>"Dependable" → "dependable", "Not an expert" → "expert" (the positive pole names the item).</summary>
    private static string ItemId(string high) => high.ToLowerInvariant().Replace(' ', '_');

    private static SurveyQuestion NpsItem(bool required) =>
        new(NpsQuestion, QuestionType.Nps, "How likely are you to recommend us to a friend or colleague?", Required: required,
            MinLabel: "Not at all likely", MaxLabel: "Extremely likely");

    private static List<SurveyOption> RosterOptions(IReadOnlyList<RosterEntry> roster) =>
        [.. roster.OrderBy(r => r.Handle, StringComparer.OrdinalIgnoreCase).Select(r => new SurveyOption(SurveyOption.ForInfluencer(r.InfluencerId), r.Label))];
}
