using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class UgcPostConfiguration : IEntityTypeConfiguration<UgcPost>
{
    /// <summary>Captions are kept for the matching and the campaign page; longer ones are refused, not cut.</summary>
    public const int MaxTextLength = 5_000;

    public void Configure(EntityTypeBuilder<UgcPost> builder)
    {
        builder.Property(p => p.ExternalId).HasMaxLength(200);
        builder.Property(p => p.Author).HasMaxLength(100);
        builder.Property(p => p.Text).HasMaxLength(MaxTextLength);
        builder.Property(p => p.Url).HasMaxLength(2048);
        builder.Property(p => p.MatchedBy).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => new { p.WorkspaceId, p.Platform, p.ExternalId }).IsUnique();
        // Shaped like the reports: a workspace's UGC per campaign within a period.
        builder.HasIndex(p => new { p.WorkspaceId, p.CampaignId, p.PublishedAtUtc });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Influencer>().WithMany().HasForeignKey(p => p.InfluencerId).OnDelete(DeleteBehavior.SetNull);
    }
}
