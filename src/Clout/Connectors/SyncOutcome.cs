using Clout.Core.Connectors;
using Clout.Core.Roster;

namespace Clout.Connectors;

/// <summary>How one run of one connection ended: its state after the run and, when it failed, why.</summary>
internal sealed record SyncOutcome(long ConnectionId, Platform Platform, string Account, ConnectionState State, string? Error)
{
    public bool Succeeded => Error is null;
}
