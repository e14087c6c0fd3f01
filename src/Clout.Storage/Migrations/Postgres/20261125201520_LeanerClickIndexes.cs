using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LeanerClickIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_clicks_collaboration_id",
                table: "clicks");

            migrationBuilder.DropIndex(
                name: "ix_clicks_workspace_id_collaboration_id_occurred_at_utc",
                table: "clicks");

            migrationBuilder.DropIndex(
                name: "ix_clicks_workspace_id_visitor_id_occurred_at_utc",
                table: "clicks");

            migrationBuilder.CreateIndex(
                name: "ix_clicks_collaboration_id_occurred_at_utc",
                table: "clicks",
                columns: new[] { "collaboration_id", "occurred_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_clicks_collaboration_id_occurred_at_utc",
                table: "clicks");

            migrationBuilder.CreateIndex(
                name: "ix_clicks_collaboration_id",
                table: "clicks",
                column: "collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_clicks_workspace_id_collaboration_id_occurred_at_utc",
                table: "clicks",
                columns: new[] { "workspace_id", "collaboration_id", "occurred_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_clicks_workspace_id_visitor_id_occurred_at_utc",
                table: "clicks",
                columns: new[] { "workspace_id", "visitor_id", "occurred_at_utc" });
        }
    }
}
