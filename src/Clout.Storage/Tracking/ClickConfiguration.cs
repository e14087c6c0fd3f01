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
        // Shaped like the reports: a link's clicks in a period. A collaboration belongs to one workspace, so the
        // collaboration leads (and this index doubles as the foreign key's). Every index costs each redirect an
        // insert: there is no index by visitor until a query needs one.
        builder.HasIndex(c => new { c.CollaborationId, c.OccurredAtUtc });
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(c => c.CollaborationId).OnDelete(DeleteBehavior.Cascade);
    }
}
