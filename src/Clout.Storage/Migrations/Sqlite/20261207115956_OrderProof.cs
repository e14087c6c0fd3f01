using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderProof : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_survey_responses_workspace_id_order_id",
                table: "survey_responses");

            migrationBuilder.AddColumn<string>(
                name: "order_proof_secret_protected",
                table: "workspaces",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "order_deadline_utc",
                table: "survey_responses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "verified_order_id",
                table: "survey_responses",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_workspace_id_verified_order_id",
                table: "survey_responses",
                columns: new[] { "workspace_id", "verified_order_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_survey_responses_workspace_id_verified_order_id",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "order_proof_secret_protected",
                table: "workspaces");

            migrationBuilder.DropColumn(
                name: "order_deadline_utc",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "verified_order_id",
                table: "survey_responses");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_workspace_id_order_id",
                table: "survey_responses",
                columns: new[] { "workspace_id", "order_id" });
        }
    }
}
