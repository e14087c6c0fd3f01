namespace Clout.Storage.Ingestion;

/// <summary>What a file holds. Each kind has its importer in Kinds/ and its CSV header in the README.</summary>
public enum ImportKind
{
    Influencers,
    Posts,
    Comments,
    Followers,
    Collaborations,
    Orders,
    Clicks,
    Ugc,
}
