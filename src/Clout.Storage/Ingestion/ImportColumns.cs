using Clout.Storage.Ingestion.Kinds;

namespace Clout.Storage.Ingestion;

/// <summary>Clout's columns of each kind, as the import reads them: for the import page's mapping and for checks of a saved map.</summary>
public static class ImportColumns
{
    /// <summary>The kind's columns in the README's order, required ones first.</summary>
    public static IReadOnlyList<ImportColumn> Of(ImportKind kind)
    {
        var schema = Schema(kind);
        return [.. schema.Required.Select(c => new ImportColumn(c, true)), .. schema.Optional.Select(c => new ImportColumn(c, false))];
    }

    internal static ImportSchema Schema(ImportKind kind) => kind switch
    {
        ImportKind.Influencers => InfluencerImporter.Columns,
        ImportKind.Posts => PostImporter.Columns,
        ImportKind.Comments => CommentImporter.Columns,
        ImportKind.Followers => FollowerImporter.Columns,
        ImportKind.Collaborations => CollaborationImporter.Columns,
        ImportKind.Orders => OrderImporter.Columns,
        ImportKind.Clicks => ClickImporter.Columns,
        ImportKind.Ugc => UgcImporter.Columns,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
