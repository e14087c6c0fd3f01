using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Clout.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuthenticityAudits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audience_audits",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    influencer_id = table.Column<long>(type: "bigint", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    sample_size = table.Column<int>(type: "integer", nullable: false),
                    fake_count = table.Column<int>(type: "integer", nullable: false),
                    fake_share = table.Column<double>(type: "double precision", nullable: false),
                    fake_share_low = table.Column<double>(type: "double precision", nullable: false),
                    fake_share_high = table.Column<double>(type: "double precision", nullable: false),
                    sample_needed = table.Column<int>(type: "integer", nullable: false),
                    model_source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audience_audits", x => x.id);
                    table.ForeignKey(
                        name: "FK_audience_audits_influencers_influencer_id",
                        column: x => x.influencer_id,
                        principalTable: "influencers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audience_audits_influencer_id",
                table: "audience_audits",
                column: "influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_audience_audits_workspace_id_influencer_id_created_at_utc",
                table: "audience_audits",
                columns: new[] { "workspace_id", "influencer_id", "created_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audience_audits");
        }
    }
}
