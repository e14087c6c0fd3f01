using Clout.Storage.Ingestion;
using Clout.Storage.Workspaces;
using Clout.Testing;

namespace Clout.Tests;

/// <summary>
/// A roster small enough to compute the tier report by hand. No follower snapshots, so every post's
/// denominator is the influencer's follower count; no reach and no comments, so those metrics must be absent.
/// </summary>
internal static class SmallRoster
{
    public const string InfluencersCsv = """
        handle,platform,display_name,niche,followers,following,country
        mila,instagram,Mila,food,20000,300,de
        noor,instagram,Noor,food,40000,310,nl
        otto,instagram,Otto,travel,50000,120,at
        star1,instagram,Star One,music,2000000,50,us
        star2,instagram,Star Two,music,4000000,60,us
        star3,instagram,Star Three,film,5000000,70,gb
        tiny,instagram,Tiny,crafts,5000,100,de
        """;

    // ER by followers = (likes+comments+shares+saves) / followers; per influencer the median of its posts.
    //   mila  500/20k = 0.025, 800/20k = 0.040  → 0.0325
    //   noor 1200/40k = 0.030, 1600/40k = 0.040 → 0.035
    //   otto 1000/50k = 0.020, 1500/50k = 0.030 → 0.025
    //   micro median over influencers = 0.0325 (n = 3, 6 posts)
    //   star1 20000/2M = 0.010, star2 30000/4M = 0.0075, star3 60000/5M = 0.012 → celebrity median 0.010 (n = 3, 3 posts)
    //   tiny has no posts: it is in no tier of the report.
    public const string PostsCsv = """
        post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions
        m1,mila,instagram,2026-03-01T10:00:00Z,photo,false,,400,100,0,0,,,
        m2,mila,instagram,2026-03-08T10:00:00Z,photo,true,Spring,700,100,0,0,,,
        n1,noor,instagram,2026-03-02T10:00:00Z,photo,false,,1000,200,0,0,,,
        n2,noor,instagram,2026-03-09T10:00:00Z,reel,false,,1400,200,0,0,,,
        o1,otto,instagram,2026-03-03T10:00:00Z,photo,false,,900,100,0,0,,,
        o2,otto,instagram,2026-03-10T10:00:00Z,photo,true,Spring,1400,100,0,0,,,
        s1,star1,instagram,2026-03-04T10:00:00Z,photo,true,Spring,19000,1000,0,0,,,
        s2,star2,instagram,2026-03-05T10:00:00Z,photo,false,,29000,1000,0,0,,,
        s3,star3,instagram,2026-03-06T10:00:00Z,reel,false,,58000,2000,0,0,,,
        """;

    public const double MicroEngagementRate = 0.0325;
    public const double CelebrityEngagementRate = 0.010;
    public const double MicroLowest = 0.025;
    public const double MicroHighest = 0.035;
    public const double CelebrityLowest = 0.0075;
    public const double CelebrityHighest = 0.012;

    // Depth = (comments+shares+saves)/likes per post, median per influencer, median over the tier:
    //   mila 0.25, 1/7 → (0.25 + 1/7)/2; noor 0.2, 1/7; otto 1/9, 1/14 → medians 0.19643, 0.17143, 0.09127 → 0.17143
    public const double MicroDepthRatio = (0.2 + (1.0 / 7)) / 2;

    public static async Task SeedAsync(CloutServer server, WorkspaceInfo workspace, CancellationToken cancellationToken)
    {
        await server.ImportCsvAsync(workspace, ImportKind.Influencers, InfluencersCsv, cancellationToken);
        await server.ImportCsvAsync(workspace, ImportKind.Posts, PostsCsv, cancellationToken);
    }
}
