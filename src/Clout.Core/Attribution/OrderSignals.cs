namespace Clout.Core.Attribution;

/// <summary>
/// Every signal an order carried, each naming the collaboration it points to. All are kept, also the ones that
/// lose, so code, link and survey credit can be reconciled side by side.
/// </summary>
public sealed record OrderSignals(long? CodeCollaborationId, ClickSignal? Click, long? SurveyCollaborationId);
