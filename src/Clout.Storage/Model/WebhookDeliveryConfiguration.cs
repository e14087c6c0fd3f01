using Clout.Core.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.Provider).HasConversion<StoredNameConverter<WebhookProvider>>().HasMaxLength(16);
        builder.Property(d => d.DeliveryId).HasMaxLength(200);
        builder.HasIndex(d => new { d.WorkspaceId, d.Provider, d.DeliveryId }).IsUnique();
    }
}
