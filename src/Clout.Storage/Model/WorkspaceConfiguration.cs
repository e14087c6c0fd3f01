using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class WorkspaceConfiguration : IEntityTypeConfiguration<Workspace>
{
    public void Configure(EntityTypeBuilder<Workspace> builder)
    {
        builder.Property(w => w.Name).HasMaxLength(64);
        builder.HasIndex(w => w.Name).IsUnique();
        builder.Property(w => w.AttributionWindowDays).HasDefaultValue(7);
        builder.Property(w => w.ShopDomains).HasMaxLength(1000);
        builder.Property(w => w.SurveyOrigins).HasMaxLength(1000);
        builder.Property(w => w.ShopifySecretProtected).HasMaxLength(2000);
        builder.Property(w => w.WooCommerceSecretProtected).HasMaxLength(2000);
        builder.Property(w => w.OrderProofSecretProtected).HasMaxLength(2000);
    }
}
