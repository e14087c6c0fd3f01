using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Connections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "connections",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workspace_id = table.Column<long>(type: "INTEGER", nullable: false),
                    platform = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    account = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    external_account_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    influencer_id = table.Column<long>(type: "INTEGER", nullable: true),
                    credentials_protected = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    resume_phase = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    resume_post_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    resume_page_token = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_success_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    last_failure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    last_error_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    next_attempt_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    consecutive_failures = table.Column<int>(type: "INTEGER", nullable: false),
                    quota_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    quota_used = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_connections", x => x.id);
                    table.ForeignKey(
                        name: "FK_connections_influencers_influencer_id",
                        column: x => x.influencer_id,
                        principalTable: "influencers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_connections_workspaces_workspace_id",
                        column: x => x.workspace_id,
                        principalTable: "workspaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_connections_influencer_id",
                table: "connections",
                column: "influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_connections_workspace_id_platform_account",
                table: "connections",
                columns: new[] { "workspace_id", "platform", "account" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "connections");
        }
    }
}
