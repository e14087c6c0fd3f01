namespace Clout.Storage.Ingestion;

/// <summary>What a file holds. Each kind has its CSV header in DESIGN §3 and the README.</summary>
public enum ImportKind
{
    Influencers,
    Posts,
    Comments,
    Followers,
    Collaborations,
    Orders,
    Clicks,
}
