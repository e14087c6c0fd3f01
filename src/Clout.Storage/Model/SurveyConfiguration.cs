using Clout.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public const int PublicIdMaxLength = 32;

    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.PublicId).HasMaxLength(PublicIdMaxLength);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.State).HasConversion<StoredNameConverter<SurveyState>>().HasMaxLength(16);
        // Unique across the database through survey_public_ids (SurveyPublicId), which the public endpoints read.
        builder.HasIndex(s => new { s.WorkspaceId, s.PublicId }).IsUnique();
        builder.HasIndex(s => new { s.WorkspaceId, s.Id });
    }
}

internal sealed class SurveyVersionConfiguration : IEntityTypeConfiguration<SurveyVersion>
{
    public void Configure(EntityTypeBuilder<SurveyVersion> builder)
    {
        builder.HasOne<Survey>().WithMany().HasForeignKey(v => v.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.WorkspaceId, v.SurveyId, v.Number }).IsUnique();
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
        // One answer per respondent and wave: the database, not a check-then-insert, makes duplicates impossible. The
        // survey leads, so the index keeps serving SQLite's survey foreign key; the workspace follows, so that the
        // intake's lookup of a batch's respondents (workspace, survey, respondents) matches three of its columns and
        // SQLite's planner takes it over the results index below, which matches two and read every answer of the survey.
        builder.HasIndex(r => new { r.SurveyId, r.WorkspaceId, r.RespondentHash, r.Wave }).IsUnique();
        // Results and the live page's "latest response id" read a survey's responses by id.
        builder.HasIndex(r => new { r.WorkspaceId, r.SurveyId, r.Id });
        builder.Property(r => r.VerifiedOrderId).HasMaxLength(200);
        // One proven answer per order, also when two race; orders find their answer by it. Answers without proof
        // leave it null, and NULLs never collide in a unique index on SQLite or PostgreSQL.
        builder.HasIndex(r => new { r.WorkspaceId, r.VerifiedOrderId }).IsUnique();
    }
}
