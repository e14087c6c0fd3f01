using System.Globalization;
using Clout.Core.Authenticity;
using Clout.Core.Roster;

namespace Clout.Core.Demo;

/// <summary>A demo follower sample of one influencer, as a user would export it for `clout audit`.</summary>
public sealed record DemoFollowerSample(string Handle, Platform Platform, IReadOnlyList<FollowerProfile> Profiles);

/// <summary>
/// Follower samples for part of the demo roster, so the demo shows audits. Fake shares rise with audience size, as SRF
/// Data found for Swiss influencers (median 14–20 % fake, a long tail above 50 %); every celebrity is audited, about
/// half of the others. Profiles are drawn to resemble the two kinds in the labelled sets (README medians of InstaFake
/// and SRF): real followers post and follow a few hundred; bought ones have no posts and follow thousands. A separate
/// random stream, so the roster and purchases are unchanged.
/// </summary>
public sealed class DemoFollowerSamples(int seed)
{
    public const int SampleSize = 200;

    private const double AuditedShare = 0.5;

    /// <summary>Typical share of fake followers per tier; each account's varies around it (log-sd 0.5).</summary>
    private static readonly Dictionary<Tier, double> TypicalFakeShare = new()
    {
        [Tier.Nano] = 0.05,
        [Tier.Micro] = 0.07,
        [Tier.Macro] = 0.14,
        [Tier.Celebrity] = 0.24,
    };

    public IReadOnlyList<DemoFollowerSample> Generate(DemoWorkspace data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var random = new Random(seed ^ 0x5EED_A0D1);
        var samples = new List<DemoFollowerSample>();
        foreach (var influencer in data.Influencers)
        {
            var tier = TierPolicy.Default.Classify(influencer.Followers ?? 0);
            if (tier != Tier.Celebrity && random.NextDouble() >= AuditedShare)
            {
                continue;
            }
            var share = Math.Min(0.8, TypicalFakeShare[tier] * Math.Exp(0.5 * Normal(random)));
            var profiles = new FollowerProfile[SampleSize];
            for (var i = 0; i < SampleSize; i++)
            {
                profiles[i] = random.NextDouble() < share ? Bought(random) : Real(random);
            }
            samples.Add(new DemoFollowerSample(influencer.Handle, influencer.Platform, profiles));
        }
        return samples;
    }

    private static FollowerProfile Real(Random random) => FollowerProfile.WithUsername(
        followers: (long)Math.Exp(4 + (3.5 * random.NextDouble())),     // about 55 to 1,800
        following: random.Next(80, 1_200),
        mediaCount: random.Next(4, 600),
        username: Name(random, digits: random.NextDouble() < 0.15),
        hasProfilePicture: random.NextDouble() < 0.99,
        isPrivate: random.NextDouble() < 0.25);

    private static FollowerProfile Bought(Random random) => FollowerProfile.WithUsername(
        followers: random.Next(0, 150),
        following: random.Next(1_200, 7_500),
        mediaCount: random.Next(0, 3),
        username: Name(random, digits: random.NextDouble() < 0.7),
        hasProfilePicture: random.NextDouble() < 0.8,
        isPrivate: random.NextDouble() < 0.3);

    private static string Name(Random random, bool digits)
    {
        Span<char> letters = stackalloc char[random.Next(5, 11)];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = (char)('a' + random.Next(26));
        }
        return digits ? string.Create(CultureInfo.InvariantCulture, $"{letters}{random.Next(10, 99_999)}") : new string(letters);
    }

    private static double Normal(Random random) => MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1);
}
