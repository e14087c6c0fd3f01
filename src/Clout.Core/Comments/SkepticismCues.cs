using static Clout.Core.Comments.CueWeights;

namespace Clout.Core.Comments;

/// <summary>
/// Doubt about sponsorship: disclosure tags thrown back at the creator, "paid", "sellout", "fake review",
/// "would you buy it if…", "do you even use it". Negated phrases ("not sponsored") do not count.
/// </summary>
internal static class SkepticismCues
{
    public static readonly CuePhrases Phrases = new(
    [
        // Disclosure tags used by a commenter are almost always mocking: creators, not fans, disclose.
        ("#ad", Strong), ("#sponsored", Strong), ("#spon", Strong), ("#paid", Strong), ("#paidpartnership", Strong),
        ("#notsponsored", Medium), ("#advert", Strong),
        // Being paid.
        ("paid to say", Strong), ("paid to post", Strong), ("paid for this", Strong), ("paid you", Strong),
        ("pay you", Strong), ("paying you", Strong), ("paying for this", Strong), ("paid actor", Strong),
        ("how much did * pay", Strong), ("how much are * paying", Strong), ("how much they pay", Strong),
        ("they pay you", Strong), ("got paid", Strong), ("get paid", Medium), ("stopped paying", Strong),
        ("paycheck", Strong), ("for the check", Strong), ("the bag", Weak), ("for the money", Strong),
        ("for money", Strong), ("money talks", Strong), ("cash grab", Strong), ("money grab", Strong),
        ("overpaid", Medium), ("paid promotion", Strong), ("paid promo", Strong), ("paid partnership", Medium),
        ("free stuff", Medium), ("sent you", Weak), ("for free", Weak),
        // Selling out, ads everywhere.
        ("sellout", Strong), ("sell out", Strong), ("selling out", Strong), ("sold out so", Strong), ("you sold out", Strong),
        ("sold your soul", Strong), ("an ad", Medium), ("another ad", Strong), ("just an ad", Strong), ("ad again", Strong),
        ("ads now", Strong), ("is an ad", Strong), ("ad or not", Strong), ("ad lol", Strong), ("lol ad", Strong), ("ad lmao", Strong),
        ("ad ?", Strong), ("ads", Medium), ("billboard", Medium), ("commercial", Medium), ("infomercial", Strong),
        ("sponsored", Medium), ("sponsored post", Strong), ("sponsored content", Strong), ("its giving sponsored", Strong),
        ("promote anything", Strong), ("promotes anything", Strong), ("wont promote", Strong), ("promote for money", Strong),
        ("shill", Strong), ("shilling", Strong), ("shills", Strong), ("script", Medium), ("the brand wrote", Strong),
        // Doubt about the review itself.
        ("fake review", Strong), ("fake", Medium), ("not genuine", Strong), ("not authentic", Strong),
        ("real review", Medium), ("paycheck review", Strong), ("honest review", Medium), ("be honest", Medium),
        ("honest opinion", Medium), ("yeah right", Medium), ("sure jan", Strong), ("doubt you", Strong),
        ("would you buy it if", Strong), ("would you still", Strong), ("would you use it if", Strong),
        ("if they didnt", Medium), ("if they werent", Medium), ("dont even use", Strong), ("even use", Medium),
        ("actually use", Medium), ("even tried", Medium), ("use this once", Strong), ("never use", Medium),
        ("trashing this brand", Strong), ("hated this brand", Strong), ("real routine", Strong),
        ("nobody believes", Strong), ("dont trust", Strong), ("cant trust", Strong), ("trust anything", Strong),
        ("trust you", Medium), ("lost all respect", Strong), ("lost respect", Strong), ("unfollowing", Medium),
        ("used to be a real", Strong), ("werent ads", Strong), ("scam", Medium),
        ("ftc", Strong), ("disclose", Strong), ("undisclosed", Strong), ("disclosure", Medium),
        ("influencer reviews", Medium), ("influencer selling", Strong), ("who is paying", Strong),
        // Families and single words that carry doubt about money behind a post, beyond any fixed phrase.
        ("sponsor*", Medium), ("ad", Medium), ("#ads", Strong), ("paid", Medium), ("paying", Medium), ("is this paid", Strong),
        ("brand deal*", Strong), ("partnership", Medium), ("product placement", Strong), ("placement", Medium),
        ("marketing", Medium), ("staged", Strong), ("scripted", Strong), ("fake*", Medium), ("cap", Medium),
        ("sellout*", Strong), ("shill*", Strong), ("free trip", Medium), ("gave it to", Medium), ("only saying", Strong),
        ("say anything", Strong), ("pretend*", Medium), ("forgot to mention", Strong), ("suddenly", Weak),
        ("trust", Weak), ("believ*", Weak), ("honest*", Weak), ("how much is * * paying", Strong), ("how much * * paying", Strong),
        ("never work with", Medium), ("different brand", Medium), ("every caption", Medium), ("every post", Medium),
    ],
    negatable: true);
}
