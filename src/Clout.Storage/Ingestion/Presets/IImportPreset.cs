namespace Clout.Storage.Ingestion.Presets;

/// <summary>
/// A platform's export translated to Clout's columns of one kind: which header it recognises, and how its records
/// become Clout's (several of its rows may make one of Clout's, as a Shopify order's line items do; a row may be
/// left out, as a Total row is). Errors carry the file's line and the export's column name.
/// </summary>
internal interface IImportPreset
{
    /// <summary>The name given to <c>--preset</c>, such as <c>shopify-orders</c>.</summary>
    string Name { get; }

    ImportKind Kind { get; }

    /// <summary>What the export is and where a user finds it, for help texts and the import page.</summary>
    string Description { get; }

    /// <summary>True when the header is this export's (detected when no preset is named).</summary>
    bool Recognises(IReadOnlyList<string> header);

    /// <summary>Clout's records of the export; a problem goes into <see cref="PresetContext.Errors"/> and the record is left out.</summary>
    IEnumerable<PresetRecord> Convert(IRawRecords source, PresetContext context);
}
