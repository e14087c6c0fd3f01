namespace Clout.Storage.Ingestion;

/// <summary>How far an import is: reading (bytes of the file) then writing (rows).</summary>
public sealed record ImportProgress(ImportStage Stage, long Done, long Total);

public enum ImportStage
{
    Reading,
    Writing,
}
