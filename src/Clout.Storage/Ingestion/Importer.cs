using Clout.Core.Campaigns;
using Clout.Core.Engagement;
using Clout.Core.Roster;
using Clout.Storage.Ingestion.Kinds;
using Clout.Storage.Orders;

namespace Clout.Storage.Ingestion;

/// <summary>
/// Imports a file, or rows already typed, all-or-nothing: every row is parsed and checked (fields, duplicates,
/// references) before anything is written, and the writes run in one transaction. A file with one bad row changes
/// nothing. Each kind's importer (Kinds/) says what it reads, checks and writes; <see cref="ImportPipeline"/> runs
/// every kind the same way.
/// </summary>
public sealed class Importer
{
    /// <summary>Past this many, further errors are counted but not listed: the first ones show the pattern.</summary>
    public const int MaxErrorsListed = 100;

    /// <summary>An import of this many rows or more refreshes the planner's statistics of the tables it wrote.</summary>
    public const int StatisticsAfter = 1_000;

    private readonly ImportPipeline _pipeline;
    private readonly InfluencerImporter _influencers;
    private readonly PostImporter _posts;
    private readonly CommentImporter _comments;
    private readonly FollowerImporter _followers;
    private readonly CollaborationImporter _collaborations;
    private readonly OrderImporter _orders;
    private readonly ClickImporter _clicks;
    private readonly UgcImporter _ugc;

    // Not public: the kinds' importers are internal, so the container builds this one with a factory (AddIngestion).
    internal Importer(ImportPipeline pipeline, InfluencerImporter influencers, PostImporter posts, CommentImporter comments,
        FollowerImporter followers, CollaborationImporter collaborations, OrderImporter orders, ClickImporter clicks,
        UgcImporter ugc)
    {
        _pipeline = pipeline;
        _influencers = influencers;
        _posts = posts;
        _comments = comments;
        _followers = followers;
        _collaborations = collaborations;
        _orders = orders;
        _clicks = clicks;
        _ugc = ugc;
    }

    public Task<ImportResult> ImportAsync(ImportKind kind, Stream stream, ImportFormat format,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ImportAsync(kind, stream, new ImportOptions(format), progress, cancellationToken);

    /// <summary>A file in Clout's columns, or in a platform's (a preset) or anyone's (a column map).</summary>
    public Task<ImportResult> ImportAsync(ImportKind kind, Stream stream, ImportOptions options,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken) => kind switch
        {
            ImportKind.Influencers => _pipeline.ImportFileAsync(_influencers, stream, options, progress, cancellationToken),
            ImportKind.Posts => _pipeline.ImportFileAsync(_posts, stream, options, progress, cancellationToken),
            ImportKind.Comments => _pipeline.ImportFileAsync(_comments, stream, options, progress, cancellationToken),
            ImportKind.Followers => _pipeline.ImportFileAsync(_followers, stream, options, progress, cancellationToken),
            ImportKind.Collaborations => _pipeline.ImportFileAsync(_collaborations, stream, options, progress, cancellationToken),
            ImportKind.Orders => _pipeline.ImportFileAsync(_orders, stream, options, progress, cancellationToken),
            ImportKind.Clicks => _pipeline.ImportFileAsync(_clicks, stream, options, progress, cancellationToken),
            ImportKind.Ugc => _pipeline.ImportFileAsync(_ugc, stream, options, progress, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

    // Rows already typed, used by the demo and by callers that already hold rows. Line = position + 1.
    public Task<ImportResult> ImportInfluencersAsync(IReadOnlyList<InfluencerRow> rows, CancellationToken cancellationToken) =>
        _pipeline.ImportRowsAsync(_influencers, rows, null, cancellationToken);

    public Task<ImportResult> ImportPostsAsync(IReadOnlyList<PostRow> rows, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        _pipeline.ImportRowsAsync(_posts, rows, progress, cancellationToken);

    public Task<ImportResult> ImportCommentsAsync(IReadOnlyList<CommentRow> rows, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        _pipeline.ImportRowsAsync(_comments, rows, progress, cancellationToken);

    public Task<ImportResult> ImportFollowersAsync(IReadOnlyList<FollowerRow> rows, CancellationToken cancellationToken) =>
        _pipeline.ImportRowsAsync(_followers, rows, null, cancellationToken);

    public Task<ImportResult> ImportCollaborationsAsync(IReadOnlyList<CollaborationRow> rows, CancellationToken cancellationToken) =>
        _pipeline.ImportRowsAsync(_collaborations, rows, null, cancellationToken);

    /// <summary>Orders already checked (the demo's), through the same intake and attribution as a file's.</summary>
    public Task<ImportResult> ImportOrdersAsync(IReadOnlyList<OrderInput> rows, CancellationToken cancellationToken) =>
        _pipeline.ImportRowsAsync(_orders, rows, null, cancellationToken);

    /// <summary>
    /// Posts by accounts off the roster (a connector's search results, a caller's rows), credited and written like a ugc
    /// file's: all-or-nothing, each error with the row's position + 1 and the field; a known platform and post id is updated.
    /// </summary>
    public Task<ImportResult> ImportUgcAsync(IReadOnlyList<UgcRow> rows, CancellationToken cancellationToken) =>
        _pipeline.ImportRowsAsync(_ugc, rows, null, cancellationToken);
}
