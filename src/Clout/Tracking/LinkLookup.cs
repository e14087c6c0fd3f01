using Clout.Storage.Tracking;

namespace Clout.Tracking;

/// <summary>A known link and where it may send people (null: its destination is refused).</summary>
internal sealed record LinkLookup(TrackingLink Link, RedirectTarget? Target);
