using Clout.Storage.Sql;

namespace Clout.Storage.Ingestion;

/// <summary>
/// The two statements for one kind of row, and how to tell a row that is already stored; <see cref="TriggerStandIn"/>
/// does a trigger's work for the rows of a bulk insert on SQLite (<see cref="SqliteTriggerPause"/>).
/// </summary>
internal sealed record RowStatements<T>(string Insert, string Upsert, Func<T, bool> Exists)
{
    public SqliteTriggerStandIn? TriggerStandIn { get; init; }
}
