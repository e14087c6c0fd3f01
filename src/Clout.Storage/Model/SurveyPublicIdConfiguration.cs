using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class SurveyPublicIdConfiguration : IEntityTypeConfiguration<SurveyPublicId>
{
    public void Configure(EntityTypeBuilder<SurveyPublicId> builder)
    {
        builder.ToTable("survey_public_ids");
        builder.HasKey(s => s.PublicId);
        builder.Property(s => s.PublicId).HasMaxLength(SurveyConfiguration.PublicIdMaxLength);
        builder.HasOne<Survey>().WithMany().HasForeignKey(s => s.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}
