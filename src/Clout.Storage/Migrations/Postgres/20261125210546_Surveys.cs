using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Clout.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Surveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "survey_origins",
                table: "workspaces",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "surveys",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    public_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    latest_version = table.Column<int>(type: "integer", nullable: false),
                    live_version = table.Column<int>(type: "integer", nullable: true),
                    repeat_every_days = table.Column<int>(type: "integer", nullable: true),
                    max_answers_per_respondent = table.Column<int>(type: "integer", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    survey_id = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    respondent_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    wave = table.Column<int>(type: "integer", nullable: false),
                    order_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    influencer_id = table.Column<long>(type: "bigint", nullable: true),
                    match_confidence = table.Column<double>(type: "double precision", nullable: true),
                    answers_json = table.Column<string>(type: "text", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_responses", x => x.id);
                    table.ForeignKey(
                        name: "FK_survey_responses_influencers_influencer_id",
                        column: x => x.influencer_id,
                        principalTable: "influencers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_survey_responses_surveys_survey_id",
                        column: x => x.survey_id,
                        principalTable: "surveys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    survey_id = table.Column<long>(type: "bigint", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    definition_json = table.Column<string>(type: "text", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    published_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_versions", x => x.id);
                    table.ForeignKey(
                        name: "FK_survey_versions_surveys_survey_id",
                        column: x => x.survey_id,
                        principalTable: "surveys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_influencer_id",
                table: "survey_responses",
                column: "influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_survey_id_respondent_hash_wave",
                table: "survey_responses",
                columns: new[] { "survey_id", "respondent_hash", "wave" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_workspace_id_order_id",
                table: "survey_responses",
                columns: new[] { "workspace_id", "order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_workspace_id_survey_id_id",
                table: "survey_responses",
                columns: new[] { "workspace_id", "survey_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_versions_survey_id_number",
                table: "survey_versions",
                columns: new[] { "survey_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_surveys_public_id",
                table: "surveys",
                column: "public_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_surveys_workspace_id_id",
                table: "surveys",
                columns: new[] { "workspace_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "survey_responses");

            migrationBuilder.DropTable(
                name: "survey_versions");

            migrationBuilder.DropTable(
                name: "surveys");

            migrationBuilder.DropColumn(
                name: "survey_origins",
                table: "workspaces");
        }
    }
}
