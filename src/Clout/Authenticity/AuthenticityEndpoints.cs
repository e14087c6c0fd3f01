using Clout.Access;
using Clout.Core.Authenticity;
using Clout.Core.Roster;
using Clout.Hosting;
using Clout.Imports;
using Clout.Storage.Authenticity;
using Clout.Storage.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Authenticity;

public static class AuthenticityEndpoints
{
    /// <summary>An API audit scores at most this many profiles: ±1 point already, and a request stays small.</summary>
    public const int MaxSample = 10_000;

    /// <summary>4 MiB: 10,000 profiles of a few hundred bytes each.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static RouteGroupBuilder MapAuthenticityEndpoints(this RouteGroupBuilder api)
    {
        var audits = api.MapGroup("/audits").WithTags("Authenticity");
        audits.MapPost("/", CreateAsync)
            .RequireAuthorization(AccessPolicies.Editor)
            .Accepts<IReadOnlyList<FollowerProfileDocument>>("application/json", "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Audits a follower sample (a JSON array or CSV of profiles, at most 10,000); with ?influencer=&platform= the audit is stored for that influencer and the score includes its engagement anomalies");
        audits.MapGet("/{influencerId:long}", GetAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An influencer's Audience Quality Score with every reason, and its latest follower audit");
        return api;
    }

    private static async Task<Results<Created<AuditResponse>, Ok<AuditResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, AuditStore store, AuthenticityQuery query, string? influencer, string? platform, bool? rows, CancellationToken cancellationToken)
    {
        long? influencerId = null;
        if (influencer is not null)
        {
            if (!PlatformNames.TryParse(platform ?? "instagram", out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["platform"] = [$"'{platform}' is not a platform; use {PlatformNames.All}."] });
            }
            influencerId = await store.FindInfluencerAsync(influencer, parsed, cancellationToken);
            if (influencerId is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Influencer not found",
                    detail: $"There is no @{influencer.TrimStart('@')} on {parsed.ToName()} in this workspace; nothing was stored.");
            }
        }
        if (await LimitedBody.ReadAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return LimitedBody.TooLarge(MaxBodyBytes);
        }
        var format = ImportKinds.Format(null, request.ContentType) ?? ImportFormat.Json;
        using var stream = new MemoryStream(body);
        var sample = await FollowerSampleFile.ReadAsync(stream, format, labelled: false, MaxSample, cancellationToken);
        if (!sample.Succeeded)
        {
            var errors = sample.Errors.GroupBy(e => e.Field ?? "sample")
                .ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray());
            return TypedResults.ValidationProblem(errors, title: "The sample was not audited",
                detail: $"{sample.ErrorCount} error(s) in the sample; nothing was stored.");
        }
        var audit = FollowerAudit.Run(sample.Profiles, DefaultFakeFollowerModel.Model);
        if (influencerId is not { } id)
        {
            return TypedResults.Ok(AuditResponse.Of(null, audit, AudienceQuality.Score(audit.Share, []), DefaultFakeFollowerModel.Model.Threshold, rows ?? false));
        }
        await store.SaveAuditAsync(id, audit, cancellationToken);
        var stored = await query.ForInfluencerAsync(id, cancellationToken);
        var quality = stored?.Quality ?? AudienceQuality.Score(audit.Share, []);
        return TypedResults.Created($"/api/v1/audits/{id}",
            AuditResponse.Of(stored?.Handle ?? influencer, audit, quality, DefaultFakeFollowerModel.Model.Threshold, rows ?? false));
    }

    private static async Task<Results<Ok<QualityResponse>, ProblemHttpResult>> GetAsync(long influencerId, AuthenticityQuery query, CancellationToken cancellationToken) =>
        await query.ForInfluencerAsync(influencerId, cancellationToken) is { } found
            ? TypedResults.Ok(QualityResponse.Of(found))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Influencer not found",
                detail: $"There is no influencer {influencerId} with a known audience in this workspace.");
}
