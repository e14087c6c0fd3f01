using Clout.Core.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class CollaborationConfiguration : IEntityTypeConfiguration<Collaboration>
{
    public void Configure(EntityTypeBuilder<Collaboration> builder)
    {
        builder.Property(c => c.PromoCode).HasMaxLength(64);
        builder.Property(c => c.LinkCode).HasMaxLength(LinkCodes.MaxLength);
        builder.Property(c => c.DestinationUrl).HasMaxLength(2048);
        builder.HasIndex(c => new { c.WorkspaceId, c.CampaignId, c.InfluencerId }).IsUnique();
        builder.HasIndex(c => new { c.WorkspaceId, c.PromoCode }).IsUnique();
        // /r/{code} is public and carries no workspace: link codes are unique across the whole database through
        // link_codes (TrackingLinkCode), which the redirect reads.
        builder.HasIndex(c => new { c.WorkspaceId, c.LinkCode }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Influencer>().WithMany().HasForeignKey(c => c.InfluencerId).OnDelete(DeleteBehavior.Cascade);
    }
}
