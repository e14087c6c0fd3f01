namespace Clout.Storage.Sql;

/// <summary>
/// What a row trigger does, as one statement over many rows: a bulk insert on SQLite drops the trigger and runs
/// <see cref="CatchUpSql"/> once after its rows (<see cref="SqliteTriggerPause"/>) instead of the trigger's program once
/// per row. <see cref="CatchUpSql"/> takes <c>@after</c>, the table's largest rowid before the insert, and must have
/// exactly the trigger's effect on the rows after it; a test compares the two.
/// </summary>
internal sealed record SqliteTriggerStandIn(string Trigger, string CatchUpSql);
