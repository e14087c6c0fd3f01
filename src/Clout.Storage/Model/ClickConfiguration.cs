using Clout.Core.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class ClickConfiguration : IEntityTypeConfiguration<Click>
{
    public void Configure(EntityTypeBuilder<Click> builder)
    {
        builder.Property(c => c.Ref).HasMaxLength(32);
        builder.Property(c => c.VisitorId).HasMaxLength(VisitorHash.Length);
        builder.Property(c => c.Kind).HasConversion<StoredNameConverter<ClickKind>>().HasMaxLength(16);
        builder.Property(c => c.ReferrerHost).HasMaxLength(ReferrerHost.MaxLength);
        builder.Property(c => c.Browser).HasConversion<StoredNameConverter<BrowserFamily>>().HasMaxLength(16);
        builder.Property(c => c.Os).HasConversion<StoredNameConverter<OsFamily>>().HasMaxLength(16);
        builder.Property(c => c.Device).HasConversion<StoredNameConverter<DeviceClass>>().HasMaxLength(16);
        // With its time: on PostgreSQL clicks are partitioned by month, and a unique index there must hold the partition
        // column. A ref begins with its click's time in milliseconds (ClickRefs), so this is as unique as the ref alone.
        builder.HasIndex(c => new { c.Ref, c.OccurredAtUtc }).IsUnique().HasDatabaseName("ix_clicks_ref");
        // Shaped like the reports: a link's clicks in a period. A collaboration belongs to one workspace, so the
        // collaboration leads (and this index doubles as the foreign key's). Every index costs each redirect an
        // insert (and a human click one more, its visitor-day: VisitorDay), so there is this one for the reports and
        // no other: it also carries the kind, the visitor and the workspace (the query filter's column), which makes
        // the tier report's click counts, and its visitor-days over a campaign or a part of a day, index-only scans.
        // Without them each of 2,000,000 clicks cost a random read of its table row: 25 s for the report
        // (bench/README.md, "Tier report at scale", measured when rows still held the raw user agent and referrer).
        builder.HasIndex(c => new { c.CollaborationId, c.OccurredAtUtc, c.Kind, c.VisitorId, c.WorkspaceId })
            .HasDatabaseName("ix_clicks_collaboration_id_occurred_at_utc_covering");
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(c => c.CollaborationId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>
    /// PostgreSQL's clicks are partitioned by month on their time (migration MonthlyPartitions), and a partitioned
    /// table's primary key must hold the partition column; the workspace leads, as every workspace-owned key does, so
    /// that the table can be distributed by workspace. SQLite keeps the plain id: its row id, the fastest insert.
    /// </summary>
    internal static void Partitioned(EntityTypeBuilder<Click> builder)
    {
        builder.HasKey(c => new { c.WorkspaceId, c.Id, c.OccurredAtUtc });
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
    }
}
