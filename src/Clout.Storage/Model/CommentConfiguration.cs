using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    /// <summary>Platforms cap comments at a few thousand characters; anything longer is not a comment.</summary>
    public const int MaxTextLength = 4_000;

    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.ExternalId).HasMaxLength(200);
        builder.Property(c => c.ParentExternalId).HasMaxLength(200);
        builder.Property(c => c.Author).HasMaxLength(200);
        builder.Property(c => c.Text).HasMaxLength(MaxTextLength);
        builder.HasIndex(c => new { c.WorkspaceId, c.ExternalId }).IsUnique();
        builder.HasIndex(c => new { c.WorkspaceId, c.PostId });
        builder.HasOne<Post>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
