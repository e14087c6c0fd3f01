using Clout.Core.Names;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Tracking;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Ingestion.Kinds;

/// <summary>
/// Clicks recorded by another tool, kept as human clicks, each with a fresh clout_ref. A click already stored
/// (same link, time and visitor) is counted as updated and not stored twice, so a file can be imported again. Like the
/// redirect's, an imported click keeps the referrer's host and what the user agent says, never the texts themselves.
/// </summary>
internal sealed class ClickImporter(CloutDbContext db, WorkspaceScope scope, UserAgentClassifier agents) : KindImporter<ClickRow, Dictionary<string, long>>
{
    internal static readonly ImportSchema Columns = new(["link_code", "at"], ["visitor_id", "user_agent", "referrer"]);

    public override ImportKind Kind => ImportKind.Clicks;

    public override ImportSchema Schema => Columns;

    // The visitor-days come with the clicks (a trigger, or its stand-in on SQLite's bulk path).
    public override IReadOnlyList<Type> Written { get; } = [typeof(Click), typeof(VisitorDay)];

    public override ClickRow? Parse(FieldReader f)
    {
        var row = new ClickRow(f.RequiredText("link_code", LinkCodes.MaxLength), f.Time("at"), f.VisitorId("visitor_id"),
            f.Text("user_agent", NewClick.MaxTextLength), f.Text("referrer", NewClick.MaxTextLength));
        return f.RowHasErrors ? null : row;
    }

    /// <summary>The plan: collaboration ids by link code.</summary>
    public override async Task<Dictionary<string, long>> CheckAsync(IReadOnlyList<Numbered<ClickRow>> rows, List<ImportError> errors,
        CancellationToken cancellationToken)
    {
        var links = await db.Collaborations.AsNoTracking().Where(c => c.LinkCode != null)
            .Select(c => new { c.LinkCode, c.Id }).ToDictionaryAsync(c => c.LinkCode!, c => c.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var (line, row) in rows.Where(r => !links.ContainsKey(r.Row.LinkCode)))
        {
            errors.Add(new ImportError(line, "link_code", $"no collaboration with link code '{row.LinkCode}' in this workspace; import the collaborations first"));
        }
        return links;
    }

    public override async Task<int> WriteAsync(IReadOnlyList<Numbered<ClickRow>> rows, Dictionary<string, long> plan, ImportWriter writer,
        CancellationToken cancellationToken)
    {
        var stored = new HashSet<(long, DateTime, string)>();
        if (rows.Any(r => r.Row.VisitorId is not null))
        {
            var collaborations = rows.Select(r => plan[r.Row.LinkCode]).Distinct().ToList();
            var from = rows.Min(r => r.Row.OccurredAtUtc);
            var to = rows.Max(r => r.Row.OccurredAtUtc);
            foreach (var c in await db.Clicks.AsNoTracking()
                         .Where(c => collaborations.Contains(c.CollaborationId) && c.OccurredAtUtc >= from && c.OccurredAtUtc <= to)
                         .Select(c => new { c.CollaborationId, c.OccurredAtUtc, c.VisitorId }).ToListAsync(cancellationToken))
            {
                stored.Add((c.CollaborationId, c.OccurredAtUtc, c.VisitorId));
            }
        }
        var fresh = rows.Where(r => r.Row.VisitorId is null || !stored.Contains((plan[r.Row.LinkCode], r.Row.OccurredAtUtc, r.Row.VisitorId))).ToList();
        var statements = new RowStatements<ClickRow>(ClickWriter.InsertSql, ClickWriter.InsertSql, _ => false) { TriggerStandIn = VisitorDayTrigger.StandIn };
        await writer.WriteAsync(statements, ClickWriter.Columns, fresh, r => Values(r, plan[r.LinkCode]), cancellationToken);
        return rows.Count - fresh.Count;
    }

    /// <summary>A click row as the tracker's own INSERT takes it (<see cref="ClickWriter.InsertSql"/>).</summary>
    private object?[] Values(ClickRow row, long collaborationId) =>
    [
        scope.WorkspaceId, collaborationId, row.OccurredAtUtc, ClickRefs.New(row.OccurredAtUtc),
        // Without a visitor id each click is its own visitor: nothing links it to another.
        row.VisitorId ?? ClickRefs.New(row.OccurredAtUtc), ClickKind.Human.ToName(), ReferrerHost.Of(row.Referrer),
        .. Traits(row.UserAgent),
    ];

    /// <summary>Browser, system and device as the redirect would store them; nothing known without a user agent.</summary>
    private string[] Traits(string? userAgent)
    {
        var traits = userAgent is null ? UserAgentTraits.Unknown : agents.Describe(userAgent).Traits;
        return [traits.Browser.ToName(), traits.Os.ToName(), traits.Device.ToName()];
    }
}
