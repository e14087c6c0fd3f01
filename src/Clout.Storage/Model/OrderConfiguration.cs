using Clout.Core.Attribution;
using Clout.Core.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Property(o => o.ExternalId).HasMaxLength(200);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.DiscountCodes).HasMaxLength(500);
        builder.Property(o => o.LandingSite).HasMaxLength(2048);
        builder.Property(o => o.Referrer).HasMaxLength(2048);
        builder.Property(o => o.Channel).HasConversion<StoredNameConverter<OrderChannel>>().HasMaxLength(16);
        builder.Property(o => o.AttributionSource).HasConversion<StoredNameConverter<AttributionSource>>().HasMaxLength(16);
        builder.HasIndex(o => new { o.WorkspaceId, o.ExternalId }).IsUnique();
        // Shaped like the reports: orders per collaboration in a period.
        builder.HasIndex(o => new { o.WorkspaceId, o.AttributedCollaborationId, o.OccurredAtUtc });
        builder.HasIndex(o => new { o.WorkspaceId, o.OccurredAtUtc });
        builder.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Influencer>().WithMany().HasForeignKey(o => o.CreatorInfluencerId).OnDelete(DeleteBehavior.SetNull);
        // No foreign key to the click: on PostgreSQL clicks are partitioned by month, and a key there would have to
        // name the click's time too; and retention drops old clicks while the order keeps the credit it was given
        // (its collaborations, stored on it). ClickId stays as the number of the click that was found.
        foreach (var signal in new[] { nameof(Order.CodeCollaborationId), nameof(Order.ClickCollaborationId), nameof(Order.SurveyCollaborationId), nameof(Order.CreatorCollaborationId),
                     nameof(Order.AttributedCollaborationId) })
        {
            builder.HasOne<Collaboration>().WithMany().HasForeignKey(signal).OnDelete(DeleteBehavior.SetNull);
        }
    }
}
