using System.Security.Cryptography;
using Clout.Access;
using Clout.Core.Access;
using Clout.Core.Authenticity;
using Clout.Core.Campaigns;
using Clout.Core.Demo;
using Clout.Core.Orders;
using Clout.Core.Surveys;
using Clout.Core.Tracking;
using Clout.Storage.Authenticity;
using Clout.Storage.Campaigns;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Storage.Surveys;
using Clout.Storage.Tracking;
using Clout.Storage.Workspaces;
using Clout.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clout.Demo;

/// <summary>Creates the demo workspace through the same importer a user's files go through.</summary>
public sealed class DemoSeeder(WorkspaceStore workspaces, WorkspaceScope scope, Importer importer, ClickWriter clicks, CloutDbContext db,
    UserAgentClassifier agents, UserAccounts accounts, AuditStore audits, SurveyStore surveys, SurveyIntake intake, OrderProofSecrets proofSecrets,
    CampaignStore campaigns, WorkspaceSettingsStore settings, TimeProvider clock, IOptions<DemoOptions> options)
{
    public const string DemoEmail = "demo@clout.local";

    /// <summary>Creates the workspace if it is missing; returns false when it was already there.</summary>
    public async Task<bool> EnsureAsync(int seed, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var existing = await workspaces.FindAsync(WorkspaceStore.DemoName, cancellationToken);
        if (existing is not null)
        {
            scope.Set(existing.Id, existing.Name);
            return false;
        }
        progress?.Report("generating the demo roster");
        var data = new DemoGenerator(seed).Generate(clock.GetUtcNow().UtcDateTime);
        var workspace = await workspaces.CreateAsync(WorkspaceStore.DemoName, cancellationToken);
        scope.Set(workspace.Id, workspace.Name);
        // The campaigns with their dates and budgets first: the posts' and collaborations' imports then find them instead of creating bare ones.
        foreach (var campaign in DemoCampaigns.Of(data))
        {
            await campaigns.CreateAsync(new CampaignDraft(campaign.Name, CampaignGoal.Blend, campaign.StartsAtUtc, campaign.EndsAtUtc, campaign.BudgetMinor), cancellationToken);
        }
        await settings.SetGrossMarginAsync(workspace.Id, DemoCampaigns.GrossMargin, cancellationToken);
        progress?.Report($"importing {data.Influencers.Count} influencers");
        Check(await importer.ImportInfluencersAsync(data.Influencers, cancellationToken));
        progress?.Report($"importing {data.Followers.Count} follower snapshots");
        Check(await importer.ImportFollowersAsync(data.Followers, cancellationToken));
        progress?.Report($"importing {data.Posts.Count} posts");
        Check(await importer.ImportPostsAsync(data.Posts, null, cancellationToken));
        progress?.Report($"importing {data.Comments.Count} comments");
        Check(await importer.ImportCommentsAsync(data.Comments, null, cancellationToken));
        progress?.Report($"importing {data.Collaborations.Count} collaborations");
        Check(await importer.ImportCollaborationsAsync(data.Collaborations, cancellationToken));
        var (demoClicks, demoOrders) = new DemoPurchases(seed).Generate(data, clock.GetUtcNow().UtcDateTime);
        progress?.Report($"recording {demoClicks.Count} tracking-link clicks");
        var links = await db.Collaborations.AsNoTracking().Where(c => c.LinkCode != null)
            .ToDictionaryAsync(c => c.LinkCode!, c => c.Id, StringComparer.Ordinal, cancellationToken);
        await clicks.WriteAsync([.. demoClicks.Select(c => new NewClick(workspace.Id, links[c.LinkCode], c.AtUtc, c.Ref, c.VisitorId, c.Kind,
            ReferrerHost.Of(c.Referrer), agents.Describe(c.UserAgent).Traits))], cancellationToken);
        // Survey answers before orders: the order intake then finds each buyer's "how did you hear about us?" answer.
        var demoSurveys = new DemoSurveys(seed);
        var postPurchase = demoSurveys.PostPurchase(data, demoOrders);
        var trust = demoSurveys.Trust(data, clock.GetUtcNow().UtcDateTime);
        var closeness = demoSurveys.Closeness(data, clock.GetUtcNow().UtcDateTime);
        var authenticity = demoSurveys.Authenticity(data, clock.GetUtcNow().UtcDateTime);
        progress?.Report($"recording {postPurchase.Count} post-purchase, {trust.Count} trust, {closeness.Count} closeness and {authenticity.Count} authenticity survey responses");
        await SeedSurveyAsync(SurveyTemplates.PostPurchase, postPurchase, cancellationToken);
        await SeedSurveyAsync(SurveyTemplates.Trust, trust, cancellationToken);
        await SeedSurveyAsync(SurveyTemplates.Parasocial, closeness, cancellationToken);
        await SeedSurveyAsync(SurveyTemplates.Authenticity, authenticity, cancellationToken);
        progress?.Report($"taking in {demoOrders.Count} orders");
        Check(await importer.ImportOrdersAsync([.. demoOrders.Select(o => new OrderInput(o.OrderId, o.CustomerId, null, o.AtUtc, o.TotalMinor, o.Currency,
            o.DiscountCodes, o.LandingSite, o.Referrer, null, OrderChannel.Import))], cancellationToken));
        var samples = new DemoFollowerSamples(seed).Generate(data);
        progress?.Report($"auditing {samples.Count} follower samples");
        var ids = await db.Influencers.AsNoTracking().ToDictionaryAsync(i => (i.Platform, i.Handle), i => i.Id, cancellationToken);
        await audits.SaveAuditsAsync(samples.Select(s => (ids[(s.Platform, s.Handle.ToLowerInvariant())],
            FollowerAudit.Run(s.Profiles, DefaultFakeFollowerModel.Model))), cancellationToken);
        return true;
    }

    /// <summary>
    /// Creates and publishes a survey from <paramref name="template"/> and stores the demo's answers to it. Each answer
    /// with an order carries that order's token, made with the workspace's secret as the shop's thank-you page would.
    /// </summary>
    private async Task SeedSurveyAsync(string template, IReadOnlyList<DemoSurveyResponse> responses, CancellationToken cancellationToken)
    {
        var secret = await proofSecrets.EnsureAsync(scope.WorkspaceId, cancellationToken) ?? await proofSecrets.RotateAsync(scope.WorkspaceId, cancellationToken);
        var created = await surveys.CreateAsync(null, template, null, null, cancellationToken);
        await surveys.PublishAsync(created.Id, cancellationToken);
        var survey = (await intake.FindLiveAsync(created.PublicId, cancellationToken))!;
        var influencers = await db.Influencers.AsNoTracking().Select(i => new { i.Handle, i.Id, i.Platform }).ToListAsync(cancellationToken);
        var ids = influencers.ToDictionary(i => i.Handle, i => i.Id, StringComparer.Ordinal);
        var platforms = influencers.ToDictionary(i => i.Handle, i => i.Platform.ToString().ToLowerInvariant(), StringComparer.Ordinal);
        var roster = survey.Definition.Questions.First(q => (q.Options ?? []).Any(o => SurveyOption.InfluencerIdOf(o.Id) is not null)).Id;
        var asksChannel = survey.Definition.Find(SurveyTemplates.ChannelQuestion) is not null;
        var items = survey.Definition.Questions.Where(q => q.Construct is not null).ToList();
        var inputs = responses.Select(r =>
        {
            var answers = new Dictionary<string, SurveyAnswer?>(StringComparer.Ordinal);
            if (asksChannel && r.Handle is null && r.OtherText == DemoSurveys.FriendText)
            {
                // A large roster asks the channel first: a friend's tip names no creator.
                answers[SurveyTemplates.ChannelQuestion] = new SurveyAnswer(Option: "friend");
            }
            else
            {
                if (asksChannel)
                {
                    answers[SurveyTemplates.ChannelQuestion] = new SurveyAnswer(Option: r.Handle is { } known ? platforms[known] : "instagram");
                }
                answers[roster] = r.Handle is { } handle ? new SurveyAnswer(Option: SurveyOption.ForInfluencer(ids[handle])) : new SurveyAnswer(Option: SurveyOption.OtherId, Text: r.OtherText);
            }
            if (r.Nps is { } nps)
            {
                answers[SurveyTemplates.NpsQuestion] = new SurveyAnswer(Value: nps);
            }
            for (var i = 0; i < (r.TrustItems?.Count ?? 0); i++)
            {
                answers[items[i].Id] = new SurveyAnswer(Value: r.TrustItems![i]);
            }
            var token = r.OrderId is { } order ? OrderProof.Token(secret, order) : null;
            return (new SurveyResponseInput(survey.Version, SurveyRespondents.Hash(r.RespondentId), r.OrderId, answers, token), r.AtUtc);
        }).ToList();
        // The demo's orders are taken in right after its answers, well within the default window.
        await intake.ImportAsync(survey, inputs, new OrderProofCheck(secret, TimeSpan.FromHours(SurveyOptions.DefaultOrderProofWindowHours)), cancellationToken);
    }

    /// <summary>
    /// Makes sure the demo login works and returns its password: <see cref="DemoOptions.Password"/> when set, else a
    /// new random one each time, so that no fixed password ships with the product.
    /// </summary>
    public async Task<string> EnsureLoginAsync(CancellationToken cancellationToken)
    {
        var password = options.Value.Password is { Length: > 0 } fixedPassword
            ? fixedPassword
            : Convert.ToBase64String(RandomNumberGenerator.GetBytes(9)).Replace('+', 'x').Replace('/', 'y');
        if (!await accounts.ResetPasswordAsync(DemoEmail, password, cancellationToken))
        {
            // The demo's one login owns its workspace, so that every page, the settings included, can be tried.
            await accounts.CreateAsync(DemoEmail, password, Role.Owner, cancellationToken);
        }
        return password;
    }

    private static void Check(ImportResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo data did not import: {string.Join("; ", result.Errors.Take(3))}");
        }
    }
}
