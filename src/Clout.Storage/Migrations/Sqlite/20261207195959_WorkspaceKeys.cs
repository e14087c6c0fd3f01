using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkspaceKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_surveys_public_id",
                table: "surveys");

            migrationBuilder.DropIndex(
                name: "ix_survey_versions_survey_id_number",
                table: "survey_versions");

            migrationBuilder.DropIndex(
                name: "ix_survey_responses_survey_id_respondent_hash_wave",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "ix_collaborations_link_code",
                table: "collaborations");

            migrationBuilder.CreateTable(
                name: "link_codes",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    workspace_id = table.Column<long>(type: "INTEGER", nullable: false),
                    collaboration_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_link_codes", x => x.code);
                    table.ForeignKey(
                        name: "FK_link_codes_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_public_ids",
                columns: table => new
                {
                    public_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    workspace_id = table.Column<long>(type: "INTEGER", nullable: false),
                    survey_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_public_ids", x => x.public_id);
                    table.ForeignKey(
                        name: "FK_survey_public_ids_surveys_survey_id",
                        column: x => x.survey_id,
                        principalTable: "surveys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Hand-written: the global lookups start out holding every code and public id already stored.
            migrationBuilder.Sql("INSERT INTO link_codes (code, workspace_id, collaboration_id) SELECT link_code, workspace_id, id FROM collaborations WHERE link_code IS NOT NULL;");
            migrationBuilder.Sql("INSERT INTO survey_public_ids (public_id, workspace_id, survey_id) SELECT public_id, workspace_id, id FROM surveys;");

            migrationBuilder.CreateIndex(
                name: "ix_surveys_workspace_id_public_id",
                table: "surveys",
                columns: new[] { "workspace_id", "public_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_versions_survey_id",
                table: "survey_versions",
                column: "survey_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_versions_workspace_id_survey_id_number",
                table: "survey_versions",
                columns: new[] { "workspace_id", "survey_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_survey_id_respondent_hash_wave_workspace_id",
                table: "survey_responses",
                columns: new[] { "survey_id", "respondent_hash", "wave", "workspace_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_workspace_id_link_code",
                table: "collaborations",
                columns: new[] { "workspace_id", "link_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_link_codes_collaboration_id",
                table: "link_codes",
                column: "collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_public_ids_survey_id",
                table: "survey_public_ids",
                column: "survey_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "link_codes");

            migrationBuilder.DropTable(
                name: "survey_public_ids");

            migrationBuilder.DropIndex(
                name: "ix_surveys_workspace_id_public_id",
                table: "surveys");

            migrationBuilder.DropIndex(
                name: "ix_survey_versions_survey_id",
                table: "survey_versions");

            migrationBuilder.DropIndex(
                name: "ix_survey_versions_workspace_id_survey_id_number",
                table: "survey_versions");

            migrationBuilder.DropIndex(
                name: "ix_survey_responses_survey_id_respondent_hash_wave_workspace_id",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "ix_collaborations_workspace_id_link_code",
                table: "collaborations");

            migrationBuilder.CreateIndex(
                name: "ix_surveys_public_id",
                table: "surveys",
                column: "public_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_versions_survey_id_number",
                table: "survey_versions",
                columns: new[] { "survey_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_survey_id_respondent_hash_wave",
                table: "survey_responses",
                columns: new[] { "survey_id", "respondent_hash", "wave" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_link_code",
                table: "collaborations",
                column: "link_code",
                unique: true);
        }
    }
}
