using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class AudienceAuditConfiguration : IEntityTypeConfiguration<AudienceAudit>
{
    public const int MaxModelSourceLength = 300;

    public void Configure(EntityTypeBuilder<AudienceAudit> builder)
    {
        builder.ToTable("audience_audits");
        // Shaped like the read: the latest audit of each influencer.
        builder.HasIndex(a => new { a.WorkspaceId, a.InfluencerId, a.CreatedAtUtc });
        builder.Property(a => a.ModelSource).HasMaxLength(MaxModelSourceLength);
        builder.HasOne<Influencer>().WithMany().HasForeignKey(a => a.InfluencerId).OnDelete(DeleteBehavior.Cascade);
    }
}
