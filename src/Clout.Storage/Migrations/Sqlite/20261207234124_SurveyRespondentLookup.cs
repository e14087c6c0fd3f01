using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyRespondentLookup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_survey_responses_survey_id_respondent_hash_wave_workspace_id",
                table: "survey_responses");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_survey_id_workspace_id_respondent_hash_wave",
                table: "survey_responses",
                columns: new[] { "survey_id", "workspace_id", "respondent_hash", "wave" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_survey_responses_survey_id_workspace_id_respondent_hash_wave",
                table: "survey_responses");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_survey_id_respondent_hash_wave_workspace_id",
                table: "survey_responses",
                columns: new[] { "survey_id", "respondent_hash", "wave", "workspace_id" },
                unique: true);
        }
    }
}
