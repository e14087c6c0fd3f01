using Clout.Core.Campaigns;
using Clout.Core.Engagement;
using Clout.Core.Roster;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Orders;

namespace Clout.Storage.Ingestion;

/// <summary>Turns one record into a typed row, field by field; a row with any error is not returned.</summary>
internal static class RowParsers
{
    public static InfluencerRow? Influencer(FieldReader f)
    {
        var row = new InfluencerRow(f.Handle("handle"), f.Platform("platform"), f.Text("display_name"), f.Text("niche", 100),
            f.OptionalCount("followers"), f.OptionalCount("following"), f.Country("country"));
        return f.RowHasErrors ? null : row;
    }

    public static PostRow? Post(FieldReader f)
    {
        var row = new PostRow(f.RequiredText("post_id"), f.Handle("influencer_handle"), f.Platform("platform"), f.Time("published_at"),
            f.Text("kind", 32), f.Flag("sponsored"), f.Text("campaign"),
            f.Count("likes", required: true), f.Count("comments", required: true), f.Count("shares", required: false), f.Count("saves", required: false),
            f.OptionalCount("views"), f.OptionalCount("reach"), f.OptionalCount("impressions"));
        return f.RowHasErrors ? null : row;
    }

    public static CommentRow? Comment(FieldReader f)
    {
        var row = new CommentRow(f.RequiredText("comment_id"), f.RequiredText("post_id"), f.Text("author"),
            f.RequiredText("text", CommentConfiguration.MaxTextLength), f.OptionalTime("created_at"), f.Count("likes", required: false),
            f.Flag("is_creator_reply"), f.Text("parent_id"));
        return f.RowHasErrors ? null : row;
    }

    public static FollowerRow? Follower(FieldReader f)
    {
        var row = new FollowerRow(f.Handle("influencer_handle"), f.Platform("platform"), f.Time("date").Date,
            f.Count("followers", required: true), f.OptionalCount("following"));
        return f.RowHasErrors ? null : row with { DateUtc = DateTime.SpecifyKind(row.DateUtc, DateTimeKind.Utc) };
    }

    public static CollaborationRow? Collaboration(FieldReader f)
    {
        var row = new CollaborationRow(f.RequiredText("campaign"), f.Handle("influencer_handle"), f.Platform("platform"),
            f.Money("fee"), f.Money("product_cost"), f.Fraction("commission_rate"), f.Code("promo_code"), f.Code("link_code"),
            f.Url("destination_url"));
        return f.RowHasErrors ? null : row;
    }

    /// <summary>An order row; the rules every door shares (<see cref="OrderRules"/>) are checked here too, by field.</summary>
    public static OrderInput? Order(FieldReader f, DateTime nowUtc)
    {
        var row = new OrderInput(f.RequiredText("order_id", OrderRules.MaxIdLength), f.Text("customer_id", OrderRules.MaxIdLength),
            f.Text("email", OrderRules.MaxEmailLength), f.Time("at"), f.RequiredMoney("total"), f.Currency("currency"),
            OrderRules.SplitCodes(f.Text("discount_codes", OrderRules.MaxDiscountCodesLength)), f.Text("landing_site", OrderRules.MaxUrlLength),
            f.Text("referrer", OrderRules.MaxUrlLength), f.Text("ref", OrderRules.MaxRefLength), OrderChannels.Import);
        if (f.RowHasErrors)
        {
            return null;
        }
        foreach (var (field, message) in OrderRules.Check(row, nowUtc))
        {
            f.Fail(field, message);
        }
        return f.RowHasErrors ? null : row;
    }

    public static ClickRow? Click(FieldReader f)
    {
        var row = new ClickRow(f.RequiredText("link_code", LinkCodes.MaxLength), f.Time("at"), f.VisitorId("visitor_id"),
            f.Text("user_agent", NewClick.MaxTextLength), f.Text("referrer", NewClick.MaxTextLength));
        return f.RowHasErrors ? null : row;
    }
}
