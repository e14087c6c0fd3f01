namespace Clout.Core.Comments;

/// <summary>
/// The rule constants of VADER (Hutto &amp; Gilbert, ICWSM 2014; vaderSentiment 3.3.x), kept as the paper derived them.
/// Word valences are not here: they come from the lexicon committed under eng/data/ (<see cref="SentimentLexicon"/>).
/// </summary>
internal static class VaderRules
{
    /// <summary>Mean rating increase a booster ("very", "extremely") adds to the next sentiment word.</summary>
    public const double BoosterIncrease = 0.293;

    /// <summary>Mean rating decrease of a dampener ("kind of", "slightly").</summary>
    public const double BoosterDecrease = -0.293;

    /// <summary>Mean rating increase of a sentiment word in ALL CAPS when the rest of the text is not.</summary>
    public const double CapsIncrease = 0.733;

    /// <summary>Negation flips and shrinks a valence: "not good" is milder than "bad".</summary>
    public const double NegationScalar = -0.74;

    /// <summary>A booster two words before the sentiment word counts 95 %, three words before 90 %.</summary>
    public const double SecondWordDamping = 0.95;

    public const double ThirdWordDamping = 0.9;

    /// <summary>"never so good", "so very good": the emphasis factors of VADER's negation check.</summary>
    public const double NeverSoFactor = 1.25;

    /// <summary>Before "but" a sentiment counts half, after it one and a half times.</summary>
    public const double BeforeButFactor = 0.5;

    public const double AfterButFactor = 1.5;

    /// <summary>Each "!" adds this much, up to <see cref="MaxExclamations"/> of them.</summary>
    public const double ExclamationIncrease = 0.292;

    public const int MaxExclamations = 4;

    /// <summary>Two or three "?" add this much each; four or more add <see cref="MaxQuestionIncrease"/>.</summary>
    public const double QuestionIncrease = 0.18;

    public const double MaxQuestionIncrease = 0.96;

    /// <summary>The normalisation x / √(x² + α) maps a sum of valences to −1..1; α approximates the largest expected sum.</summary>
    public const double NormalizationAlpha = 15;

    /// <summary>Compound at or above this is positive, at or below its negative is negative (the paper's thresholds).</summary>
    public const double PositiveThreshold = SentimentThresholds.Positive;

    public const double NegativeThreshold = SentimentThresholds.Negative;

    /// <summary>Words that negate the sentiment word up to three words after them (besides any word containing "n't").</summary>
    public static readonly string[] Negations =
    [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ];

    /// <summary>Degree adverbs: boosters raise the next sentiment word's intensity, dampeners lower it.</summary>
    public static readonly (string Word, double Scalar)[] Boosters =
    [
        ("absolutely", BoosterIncrease), ("amazingly", BoosterIncrease), ("awfully", BoosterIncrease),
        ("completely", BoosterIncrease), ("considerable", BoosterIncrease), ("considerably", BoosterIncrease),
        ("decidedly", BoosterIncrease), ("deeply", BoosterIncrease), ("effing", BoosterIncrease),
        ("enormous", BoosterIncrease), ("enormously", BoosterIncrease), ("entirely", BoosterIncrease),
        ("especially", BoosterIncrease), ("exceptional", BoosterIncrease), ("exceptionally", BoosterIncrease),
        ("extreme", BoosterIncrease), ("extremely", BoosterIncrease), ("fabulously", BoosterIncrease),
        ("flipping", BoosterIncrease), ("flippin", BoosterIncrease), ("frackin", BoosterIncrease),
        ("fracking", BoosterIncrease), ("fricking", BoosterIncrease), ("frickin", BoosterIncrease),
        ("frigging", BoosterIncrease), ("friggin", BoosterIncrease), ("fully", BoosterIncrease),
        ("fuckin", BoosterIncrease), ("fucking", BoosterIncrease), ("fuggin", BoosterIncrease),
        ("fugging", BoosterIncrease), ("greatly", BoosterIncrease), ("hella", BoosterIncrease),
        ("highly", BoosterIncrease), ("hugely", BoosterIncrease), ("incredible", BoosterIncrease),
        ("incredibly", BoosterIncrease), ("intensely", BoosterIncrease), ("major", BoosterIncrease),
        ("majorly", BoosterIncrease), ("more", BoosterIncrease), ("most", BoosterIncrease),
        ("particularly", BoosterIncrease), ("purely", BoosterIncrease), ("quite", BoosterIncrease),
        ("really", BoosterIncrease), ("remarkably", BoosterIncrease), ("so", BoosterIncrease),
        ("substantially", BoosterIncrease), ("thoroughly", BoosterIncrease), ("total", BoosterIncrease),
        ("totally", BoosterIncrease), ("tremendous", BoosterIncrease), ("tremendously", BoosterIncrease),
        ("uber", BoosterIncrease), ("unbelievably", BoosterIncrease), ("unusually", BoosterIncrease),
        ("utter", BoosterIncrease), ("utterly", BoosterIncrease), ("very", BoosterIncrease),
        ("almost", BoosterDecrease), ("barely", BoosterDecrease), ("hardly", BoosterDecrease),
        ("kinda", BoosterDecrease), ("kindof", BoosterDecrease), ("kind-of", BoosterDecrease),
        ("less", BoosterDecrease), ("little", BoosterDecrease), ("marginal", BoosterDecrease),
        ("marginally", BoosterDecrease), ("occasional", BoosterDecrease), ("occasionally", BoosterDecrease),
        ("partly", BoosterDecrease), ("scarce", BoosterDecrease), ("scarcely", BoosterDecrease),
        ("slight", BoosterDecrease), ("slightly", BoosterDecrease), ("somewhat", BoosterDecrease),
        ("sorta", BoosterDecrease), ("sortof", BoosterDecrease), ("sort-of", BoosterDecrease),
    ];

    /// <summary>Two-word dampeners ("kind of"), added when they stand before a sentiment word.</summary>
    public static readonly (RuleWord First, RuleWord Second, double Scalar)[] BoosterBigrams =
    [
        (RuleWord.Just, RuleWord.Enough, BoosterDecrease),
        (RuleWord.Kind, RuleWord.Of, BoosterDecrease),
        (RuleWord.Sort, RuleWord.Of, BoosterDecrease),
    ];

    /// <summary>Idioms whose valence replaces the sentiment word's ("the shit", "yeah right", "kiss of death").</summary>
    public static readonly (RuleWord[] Words, double Valence)[] Idioms =
    [
        ([RuleWord.The, RuleWord.Shit], 3),
        ([RuleWord.The, RuleWord.Bomb], 3),
        ([RuleWord.Bad, RuleWord.Ass], 1.5),
        ([RuleWord.Bus, RuleWord.Stop], 0.0),
        ([RuleWord.Yeah, RuleWord.Right], -2),
        ([RuleWord.Kiss, RuleWord.Of, RuleWord.Death], -1.5),
        ([RuleWord.To, RuleWord.Die, RuleWord.For], 3),
        ([RuleWord.Beating, RuleWord.Heart], 3.1),
        ([RuleWord.Broken, RuleWord.Heart], -2.9),
    ];

    /// <summary>The spelling of each <see cref="RuleWord"/>.</summary>
    public static readonly (string Word, RuleWord Id)[] RuleWords =
    [
        ("but", RuleWord.But), ("kind", RuleWord.Kind), ("of", RuleWord.Of), ("no", RuleWord.No),
        ("or", RuleWord.Or), ("nor", RuleWord.Nor), ("never", RuleWord.Never), ("so", RuleWord.So),
        ("this", RuleWord.This), ("without", RuleWord.Without), ("doubt", RuleWord.Doubt),
        ("least", RuleWord.Least), ("at", RuleWord.At), ("very", RuleWord.Very), ("just", RuleWord.Just),
        ("enough", RuleWord.Enough), ("sort", RuleWord.Sort), ("the", RuleWord.The), ("shit", RuleWord.Shit),
        ("bomb", RuleWord.Bomb), ("bad", RuleWord.Bad), ("ass", RuleWord.Ass), ("bus", RuleWord.Bus),
        ("stop", RuleWord.Stop), ("yeah", RuleWord.Yeah), ("right", RuleWord.Right), ("kiss", RuleWord.Kiss),
        ("death", RuleWord.Death), ("to", RuleWord.To), ("die", RuleWord.Die), ("for", RuleWord.For),
        ("beating", RuleWord.Beating), ("heart", RuleWord.Heart), ("broken", RuleWord.Broken),
    ];

    /// <summary>
    /// Social-media spellings that VADER's lexicon lacks, mapped to the lexicon word whose valence they carry
    /// (an extension to VADER: the valence still comes from the lexicon).
    /// </summary>
    public static readonly (string Slang, string Word)[] Slang =
    [
        ("luv", "love"), ("luvv", "love"), ("lub", "love"), ("wuv", "love"),
        ("gud", "good"), ("gr8t", "great"), ("grt", "great"), ("amazin", "amazing"),
        ("awsome", "awesome"), ("awsm", "awesome"), ("beautifull", "beautiful"), ("beautful", "beautiful"),
        ("bootiful", "beautiful"), ("gorg", "gorgeous"), ("gorgeus", "gorgeous"), ("favourite", "favorite"),
        ("favs", "favorite"), ("faves", "favorite"), ("perf", "perfect"), ("thnx", "thanks"), ("thanx", "thanks"),
        ("tks", "thanks"), ("tysm", "thanks"), ("delish", "yummy"), ("mid", "meh"), ("cringe", "lame"),
        ("cringy", "lame"), ("cringey", "lame"), ("trash", "awful"), ("trashy", "awful"), ("ripoff", "scam"),
        ("scammy", "scam"), ("sketchy", "suspicious"),
        // The lexicon has no "heart"; the emoji step writes "❤" as "red heart" and 😍 as "…heart-eyes", the commonest praise in comments.
        ("heart", "love"), ("hearts", "love"), ("heart-eyes", "love"),
    ];

    /// <summary>
    /// Emoji whose Unicode name misleads the lexicon in comments, written as the lexicon word they mean there
    /// (an extension to VADER): 🔥 is praise, not "fire" (−1.4); 👍/👎 and 👏 have no rated word in their names.
    /// </summary>
    public static readonly (int CodePoint, string Word)[] EmojiMeanings =
    [
        (0x1F525, "great"), // 🔥 fire
        (0x1F4AF, "perfect"), // 💯 hundred points
        (0x1F44D, "good"), // 👍 thumbs up
        (0x1F44E, "bad"), // 👎 thumbs down
        (0x1F44F, "applause"), // 👏 clapping hands
    ];
}
