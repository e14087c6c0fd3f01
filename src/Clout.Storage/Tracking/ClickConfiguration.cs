using Clout.Storage.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Tracking;

internal sealed class ClickConfiguration : IEntityTypeConfiguration<Click>
{
    public void Configure(EntityTypeBuilder<Click> builder)
    {
        builder.Property(c => c.Ref).HasMaxLength(32);
        builder.Property(c => c.VisitorId).HasMaxLength(64);
        builder.Property(c => c.Kind).HasMaxLength(16);
        builder.Property(c => c.Referrer).HasMaxLength(500);
        builder.Property(c => c.UserAgent).HasMaxLength(500);
        builder.HasIndex(c => c.Ref).IsUnique();
        // Shaped like the reports: a link's clicks in a period, and one visitor's clicks for attribution.
        builder.HasIndex(c => new { c.WorkspaceId, c.CollaborationId, c.OccurredAtUtc });
        builder.HasIndex(c => new { c.WorkspaceId, c.VisitorId, c.OccurredAtUtc });
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(c => c.CollaborationId).OnDelete(DeleteBehavior.Cascade);
    }
}
