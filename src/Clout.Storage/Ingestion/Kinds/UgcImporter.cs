using Clout.Core.Campaigns;
using Clout.Storage.Model;

namespace Clout.Storage.Ingestion.Kinds;

/// <summary>
/// Posts by accounts off the roster that carry a campaign's hashtag, promo code or link, or name the campaign: the
/// campaign's user-generated content (<see cref="UgcCrediting"/>). Keyed by platform and post id; a known post is updated.
/// </summary>
internal sealed class UgcImporter(UgcCrediting crediting) : KindImporter<UgcRow, UgcCredit?[]>
{
    public static readonly ImportSchema Columns = new(["post_id", "author", "platform", "published_at"],
        ["text", "url", "likes", "comments", "shares", "views", "campaign"]);

    public override ImportKind Kind => ImportKind.Ugc;

    public override ImportSchema Schema => Columns;

    public override IReadOnlyList<Type> Written { get; } = [typeof(UgcPost)];

    public override UgcRow? Parse(FieldReader f)
    {
        var row = new UgcRow(f.RequiredText("post_id"), f.Handle("author"), f.Platform("platform"), f.Time("published_at"),
            f.Text("text", UgcPostConfiguration.MaxTextLength), f.Url("url"), f.Count("likes", required: false), f.Count("comments", required: false),
            f.Count("shares", required: false), f.OptionalCount("views"), f.Text("campaign"));
        return f.RowHasErrors ? null : row;
    }

    public override Task<UgcCredit?[]> CheckAsync(IReadOnlyList<Numbered<UgcRow>> rows, List<ImportError> errors, CancellationToken cancellationToken) =>
        crediting.CheckAsync(rows, errors, cancellationToken);

    public override Task<int> WriteAsync(IReadOnlyList<Numbered<UgcRow>> rows, UgcCredit?[] plan, ImportWriter writer, CancellationToken cancellationToken) =>
        crediting.WriteAsync(rows, plan, writer, cancellationToken);
}
