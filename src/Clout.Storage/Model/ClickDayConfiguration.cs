using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class ClickDayConfiguration : IEntityTypeConfiguration<ClickDay>
{
    public void Configure(EntityTypeBuilder<ClickDay> builder)
    {
        builder.HasKey(d => new { d.WorkspaceId, d.CollaborationId, d.Day, d.Kind });
        builder.Property(d => d.Kind).HasConversion<StoredNameConverter<Core.Tracking.ClickKind>>().HasMaxLength(16);
        // Like the clicks they replace: they go with their collaboration.
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(d => d.CollaborationId).OnDelete(DeleteBehavior.Cascade);
    }
}
