using Clout.Core.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class TrackingLinkCodeConfiguration : IEntityTypeConfiguration<TrackingLinkCode>
{
    public void Configure(EntityTypeBuilder<TrackingLinkCode> builder)
    {
        builder.ToTable("link_codes");
        builder.HasKey(l => l.Code);
        builder.Property(l => l.Code).HasMaxLength(LinkCodes.MaxLength);
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(l => l.CollaborationId).OnDelete(DeleteBehavior.Cascade);
    }
}
