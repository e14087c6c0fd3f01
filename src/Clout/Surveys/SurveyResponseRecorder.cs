using System.Diagnostics.Metrics;
using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Storage.Surveys;
using Microsoft.Extensions.Options;

namespace Clout.Surveys;

/// <summary>
/// The group commit of public survey responses: a response is answered 201 only once it is committed, and under load
/// one transaction stores everything queued for a workspace (its writes go through a context scoped to it).
/// </summary>
internal sealed class SurveyResponseRecorder(IServiceScopeFactory scopes, IOptions<SurveyOptions> options, IMeterFactory meters, ILogger<SurveyResponseRecorder> logger)
    : GroupCommitQueue<SurveyResponseDraft, SurveyIntakeResult>("survey_responses", options.Value.QueueCapacity, options.Value.MaxBatch, meters, logger)
{
    /// <summary>One transaction per workspace: a workspace whose write fails costs no other workspace a retry.</summary>
    protected override long PartOf(SurveyResponseDraft item) => item.WorkspaceId;

    protected override async Task<IReadOnlyList<SurveyIntakeResult>> CommitBatchAsync(IReadOnlyList<SurveyResponseDraft> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        // The name is for the dashboard's pages; a write needs only the id.
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(batch[0].WorkspaceId, "");
        return await scope.ServiceProvider.GetRequiredService<SurveyResponseWriter>().WriteAsync(batch, CancellationToken.None);
    }
}
