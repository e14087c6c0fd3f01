using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.Property(s => s.KeyHash).HasMaxLength(64);
        // Every dashboard request finds its session by the hash of its cookie's key, before any workspace is known.
        builder.HasIndex(s => s.KeyHash).IsUnique();
        // Expired sessions are swept by their expiry.
        builder.HasIndex(s => s.ExpiresAtUtc);
        // Removing a user ends their sessions with them.
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
