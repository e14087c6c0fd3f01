using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportClickIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_clicks_collaboration_id_occurred_at_utc",
                table: "clicks");

            migrationBuilder.CreateIndex(
                name: "ix_clicks_collaboration_id_occurred_at_utc_covering",
                table: "clicks",
                columns: new[] { "collaboration_id", "occurred_at_utc", "kind", "visitor_id", "workspace_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_clicks_collaboration_id_occurred_at_utc_covering",
                table: "clicks");

            migrationBuilder.CreateIndex(
                name: "ix_clicks_collaboration_id_occurred_at_utc",
                table: "clicks",
                columns: new[] { "collaboration_id", "occurred_at_utc" });
        }
    }
}
