using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.Property(p => p.ExternalId).HasMaxLength(200);
        builder.Property(p => p.Kind).HasMaxLength(32);
        builder.HasIndex(p => new { p.WorkspaceId, p.ExternalId }).IsUnique();
        // Shaped like the report: a workspace's posts per influencer within a period.
        builder.HasIndex(p => new { p.WorkspaceId, p.InfluencerId, p.PublishedAtUtc });
        builder.HasOne<Influencer>().WithMany().HasForeignKey(p => p.InfluencerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.SetNull);
    }
}
