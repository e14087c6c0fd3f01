using System.Diagnostics.Metrics;
using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Storage.Surveys;
using Microsoft.Extensions.Options;

namespace Clout.Surveys;

/// <summary>
/// The group commit of public survey responses: a response is answered 201 only once it is committed, and under load
/// one transaction stores everything queued. A batch holds one transaction per workspace it touches (a workspace's
/// writes go through a context scoped to it), in practice one.
/// </summary>
internal sealed class SurveyResponseRecorder(IServiceScopeFactory scopes, IOptions<SurveyOptions> options, IMeterFactory meters, ILogger<SurveyResponseRecorder> logger)
    : GroupCommitQueue<SurveyResponseDraft, SurveyIntakeResult>("survey_responses", options.Value.QueueCapacity, options.Value.MaxBatch, meters, logger)
{
    protected override async Task<IReadOnlyList<SurveyIntakeResult>> CommitBatchAsync(IReadOnlyList<SurveyResponseDraft> batch)
    {
        var results = new SurveyIntakeResult[batch.Count];
        foreach (var workspace in batch.Select((draft, index) => (draft, index)).GroupBy(d => d.draft.WorkspaceId))
        {
            await using var scope = scopes.CreateAsyncScope();
            // The name is for the dashboard's pages; a write needs only the id.
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(workspace.Key, "");
            var written = await scope.ServiceProvider.GetRequiredService<SurveyResponseWriter>()
                .WriteAsync([.. workspace.Select(d => d.draft)], CancellationToken.None);
            foreach (var ((_, index), result) in workspace.Zip(written))
            {
                results[index] = result;
            }
        }
        return results;
    }
}
