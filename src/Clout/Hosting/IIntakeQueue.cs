namespace Clout.Hosting;

/// <summary>
/// A queue of acknowledged-on-commit work (clicks, survey responses, orders) that a group commit empties. The readiness
/// check and the metrics read every registered one, so that an operator sees a node falling behind before it refuses.
/// </summary>
public interface IIntakeQueue
{
    /// <summary>What it holds, in the metrics and the readiness details: "clicks", "survey_responses", "orders".</summary>
    string Name { get; }

    /// <summary>Items accepted and not yet committed.</summary>
    int Depth { get; }

    /// <summary>Most items it holds before new requests wait.</summary>
    int Capacity { get; }
}
