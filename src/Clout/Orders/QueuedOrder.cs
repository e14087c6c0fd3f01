using Clout.Storage.Orders;

namespace Clout.Orders;

/// <summary>An order waiting in <see cref="OrderRecorder"/>'s queue, with the workspace it is taken into.</summary>
internal sealed record QueuedOrder(long WorkspaceId, string WorkspaceName, IncomingOrder Order);
