namespace Clout.Core.Surveys;

/// <summary>
/// The items of the multi-item scales the templates ask besides Ohanian's: closeness to a creator (parasocial) and
/// how authentic the creator seems. A respondent's score on each is the mean of its items, reverse-keyed items
/// mirrored (<see cref="SurveyQuestion.Score"/>); docs/surveys.md gives the sources and how far the wording is theirs.
/// </summary>
public static class SurveyScales
{
    public const string Parasocial = "parasocial";
    public const string Authenticity = "authenticity";

    /// <summary>
    /// Eight items of the Parasocial Interaction Scale of Rubin, Perse &amp; Powell (1985), "Loneliness, parasocial
    /// interaction, and local television news viewing", Human Communication Research 12(2), answered on its five-point
    /// agreement scale, with "my favorite newscaster" made "this creator". Dibble, Hartmann &amp; Rosaen (2016) found
    /// that this scale reads a lasting bond (liking, a parasocial relationship) more than the feeling of being
    /// addressed during one video: the bond is what a brand renting a creator's audience wants to know about.
    /// </summary>
    public static IReadOnlyList<(string Id, string Text, bool Reverse)> ParasocialItems { get; } =
    [
        ("psi_look_forward", "I look forward to seeing this creator's posts.", false),
        ("psi_comfortable", "This creator makes me feel comfortable, as if I am with friends.", false),
        ("psi_down_to_earth", "I see this creator as a natural, down-to-earth person.", false),
        ("psi_old_friend", "I think this creator is like an old friend.", false),
        ("psi_part_of_group", "When I watch this creator, I feel as if I am part of their group.", false),
        ("psi_understands", "This creator seems to understand the kinds of things I want to know.", false),
        ("psi_miss", "I miss seeing this creator when they have not posted for a while.", false),
        ("psi_meet", "I would like to meet this creator in person.", false),
    ];

    /// <summary>
    /// Seven items, one or two for each of the five dimensions Lee &amp; Eastin (2021), "Perceived authenticity of
    /// social media influencers: scale development and validation", Journal of Research in Interactive Marketing
    /// 15(4), found: sincerity, truthful endorsements, visibility, expertise and uniqueness. The wording is Clout's,
    /// not the published items; one item is reverse-keyed, so that agreeing with everything does not score high.
    /// </summary>
    public static IReadOnlyList<(string Id, string Text, bool Reverse)> AuthenticityItems { get; } =
    [
        ("auth_sincere", "This creator is sincere.", false),
        ("auth_genuine", "This creator comes across as genuine, not as playing a role.", false),
        ("auth_uses", "This creator only recommends products they really use and like.", false),
        ("auth_paid", "This creator would promote anything if they were paid enough.", true),
        ("auth_everyday", "This creator shows their everyday life, not only the highlights.", false),
        ("auth_knows", "This creator knows a lot about what they post about.", false),
        ("auth_unique", "This creator has a style of their own.", false),
    ];
}
