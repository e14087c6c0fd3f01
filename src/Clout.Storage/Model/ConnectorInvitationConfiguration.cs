using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class ConnectorInvitationConfiguration : IEntityTypeConfiguration<ConnectorInvitation>
{
    public void Configure(EntityTypeBuilder<ConnectorInvitation> builder)
    {
        builder.Property(i => i.Handle).HasMaxLength(ConnectionConfiguration.MaxAccountLength);
        builder.Property(i => i.SecretHash).HasMaxLength(64);
        // The link's callback finds its invitation by the secret's hash alone, before any workspace is known.
        builder.HasIndex(i => i.SecretHash).IsUnique();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(i => i.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
