using Clout.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.PublicId).HasMaxLength(32);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.State).HasConversion<StoredNameConverter<SurveyState>>().HasMaxLength(16);
        // Public ids are looked up across workspaces by the public endpoints.
        builder.HasIndex(s => s.PublicId).IsUnique();
        builder.HasIndex(s => new { s.WorkspaceId, s.Id });
    }
}

internal sealed class SurveyVersionConfiguration : IEntityTypeConfiguration<SurveyVersion>
{
    public void Configure(EntityTypeBuilder<SurveyVersion> builder)
    {
        builder.HasOne<Survey>().WithMany().HasForeignKey(v => v.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.SurveyId, v.Number }).IsUnique();
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.RespondentHash).HasMaxLength(64);
        builder.Property(r => r.OrderId).HasMaxLength(200);
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Influencer>().WithMany().HasForeignKey(r => r.InfluencerId).OnDelete(DeleteBehavior.SetNull);
        // One answer per respondent and wave: the database, not a check-then-insert, makes duplicates impossible.
        builder.HasIndex(r => new { r.SurveyId, r.RespondentHash, r.Wave }).IsUnique();
        // Results and the live page's "latest response id" read a survey's responses by id.
        builder.HasIndex(r => new { r.WorkspaceId, r.SurveyId, r.Id });
        builder.Property(r => r.VerifiedOrderId).HasMaxLength(200);
        // One proven answer per order, also when two race; orders find their answer by it. Answers without proof
        // leave it null, and NULLs never collide in a unique index on SQLite or PostgreSQL.
        builder.HasIndex(r => new { r.WorkspaceId, r.VerifiedOrderId }).IsUnique();
    }
}
