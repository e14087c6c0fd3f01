using Clout.Core.Connectors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    /// <summary>A handle, a channel id or a URL-ish account name; far longer is a pasted mistake.</summary>
    public const int MaxAccountLength = 200;

    /// <summary>A platform's error message, clipped: the first sentences say what went wrong.</summary>
    public const int MaxErrorLength = 1_000;

    public void Configure(EntityTypeBuilder<Connection> builder)
    {
        builder.Property(c => c.Account).HasMaxLength(MaxAccountLength);
        builder.Property(c => c.ExternalAccountId).HasMaxLength(MaxAccountLength);
        builder.Property(c => c.CredentialsProtected).HasMaxLength(8_000);
        builder.Property(c => c.State).HasConversion<StoredNameConverter<ConnectionState>>().HasMaxLength(32);
        builder.Property(c => c.ResumePhase).HasConversion<StoredNameConverter<SyncPhase>>().HasMaxLength(16);
        builder.Property(c => c.ResumePostId).HasMaxLength(200);
        builder.Property(c => c.ResumePageToken).HasMaxLength(1_000);
        builder.Property(c => c.LastError).HasMaxLength(MaxErrorLength);
        builder.Property(c => c.LastFailure).HasMaxLength(32);
        builder.HasIndex(c => new { c.WorkspaceId, c.Platform, c.Account }).IsUnique();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Influencer>().WithMany().HasForeignKey(c => c.InfluencerId).OnDelete(DeleteBehavior.SetNull);
    }
}
