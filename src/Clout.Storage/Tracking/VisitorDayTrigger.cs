using Clout.Storage.Sql;

namespace Clout.Storage.Tracking;

/// <summary>
/// The SQLite trigger that marks a human click's visitor-day (created by the VisitorDays migration), and its stand-in
/// for a bulk insert of clicks: the same INSERT OR IGNORE over every click after a rowid, in one statement.
/// </summary>
internal static class VisitorDayTrigger
{
    public static SqliteTriggerStandIn StandIn { get; } = new("clicks_visitor_day", """
        INSERT OR IGNORE INTO "visitor_days" ("workspace_id", "influencer_id", "day", "visitor_id")
        SELECT "k"."workspace_id", "c"."influencer_id", substr("k"."occurred_at_utc", 1, 10), "k"."visitor_id"
        FROM "clicks" AS "k" JOIN "collaborations" AS "c" ON "c"."id" = "k"."collaboration_id"
        WHERE "k".rowid > @after AND "k"."kind" = 'human'
        """);
}
