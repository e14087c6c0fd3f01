using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class VisitorSaltConfiguration : IEntityTypeConfiguration<VisitorSalt>
{
    public void Configure(EntityTypeBuilder<VisitorSalt> builder) =>
        builder.HasIndex(s => new { s.WorkspaceId, s.DayUtc }).IsUnique();
}
