using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommentScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "intent_score",
                table: "comments",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "sentiment_compound",
                table: "comments",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "skeptical_score",
                table: "comments",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "spam_score",
                table: "comments",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "intent_score",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "sentiment_compound",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "skeptical_score",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "spam_score",
                table: "comments");
        }
    }
}
