namespace Clout.Core.Attribution;

/// <summary>The signals of one order, each naming the collaboration it points to, and which one won.</summary>
public sealed record OrderSignalSet(
    long? CodeCollaborationId,
    long? ClickCollaborationId,
    long? SurveyCollaborationId,
    AttributionSource Source,
    long? AttributedCollaborationId,
    long? CreatorCollaborationId = null);
