using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MonthlyPartitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_orders_clicks_click_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_click_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_clicks_ref",
                table: "clicks");

            migrationBuilder.CreateTable(
                name: "click_days",
                columns: table => new
                {
                    workspace_id = table.Column<long>(type: "INTEGER", nullable: false),
                    collaboration_id = table.Column<long>(type: "INTEGER", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    clicks = table.Column<long>(type: "INTEGER", nullable: false),
                    visitors = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_click_days", x => new { x.workspace_id, x.collaboration_id, x.day, x.kind });
                    table.ForeignKey(
                        name: "FK_click_days_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_clicks_ref",
                table: "clicks",
                columns: new[] { "ref", "occurred_at_utc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_click_days_collaboration_id",
                table: "click_days",
                column: "collaboration_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "click_days");

            migrationBuilder.DropIndex(
                name: "ix_clicks_ref",
                table: "clicks");

            migrationBuilder.CreateIndex(
                name: "ix_orders_click_id",
                table: "orders",
                column: "click_id");

            migrationBuilder.CreateIndex(
                name: "ix_clicks_ref",
                table: "clicks",
                column: "ref",
                unique: true);

            // Not the foreign key from orders to clicks again: SQLite adds one only by rebuilding the orders table, whose
            // rebuild here lost indexes the earlier migrations' Down steps drop; an order's click id is kept either way.
        }
    }
}
