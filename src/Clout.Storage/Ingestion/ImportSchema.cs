namespace Clout.Storage.Ingestion;

/// <summary>The columns of a file kind. Unknown columns are refused: they are usually a misspelt known one.</summary>
internal sealed record ImportSchema(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public IEnumerable<string> All => Required.Concat(Optional);

    public static ImportSchema For(ImportKind kind) => kind switch
    {
        ImportKind.Influencers => new(["handle", "platform"], ["display_name", "niche", "followers", "following", "country"]),
        ImportKind.Posts => new(["post_id", "influencer_handle", "platform", "published_at", "likes", "comments"],
            ["kind", "sponsored", "campaign", "shares", "saves", "views", "reach", "impressions"]),
        ImportKind.Comments => new(["comment_id", "post_id", "text"], ["author", "created_at", "likes", "is_creator_reply", "parent_id"]),
        ImportKind.Followers => new(["influencer_handle", "platform", "date", "followers"], ["following"]),
        ImportKind.Collaborations => new(["campaign", "influencer_handle", "platform"],
            ["fee", "product_cost", "commission_rate", "promo_code", "link_code", "destination_url"]),
        // email and referrer go beyond DESIGN §3's header so that a file can say what the API can; both optional.
        ImportKind.Orders => new(["order_id", "at", "total", "currency"], ["customer_id", "discount_codes", "landing_site", "ref", "email", "referrer"]),
        ImportKind.Clicks => new(["link_code", "at"], ["visitor_id", "user_agent", "referrer"]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Errors for a header (CSV) or property set (JSON) that does not fit the schema.</summary>
    public List<ImportError> Check(IEnumerable<string> columns, long line)
    {
        var errors = new List<ImportError>();
        var present = new HashSet<string>(columns, StringComparer.Ordinal);
        foreach (var column in present.Where(c => !All.Contains(c)))
        {
            errors.Add(new ImportError(line, column, $"unknown column; expected {string.Join(",", All)}"));
        }
        foreach (var column in Required.Where(c => !present.Contains(c)))
        {
            errors.Add(new ImportError(line, column, "required column is missing"));
        }
        return errors;
    }
}
