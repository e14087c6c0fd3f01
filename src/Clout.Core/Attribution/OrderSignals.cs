namespace Clout.Core.Attribution;

/// <summary>
/// Every signal an order carried, each naming the collaboration it points to. All are kept, also the ones that
/// lose, so creator, code, link and survey credit can be reconciled side by side. Only a platform's own export carries
/// a creator, so the other doors leave it out.
/// </summary>
public sealed record OrderSignals(long? CodeCollaborationId, ClickSignal? Click, long? SurveyCollaborationId, long? CreatorCollaborationId = null);
