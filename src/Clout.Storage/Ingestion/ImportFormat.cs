namespace Clout.Storage.Ingestion;

public enum ImportFormat
{
    Csv,
    /// <summary>A JSON array of objects, or JSON Lines (one object per line).</summary>
    Json,
}
