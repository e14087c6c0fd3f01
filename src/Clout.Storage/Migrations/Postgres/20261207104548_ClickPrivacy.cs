using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClickPrivacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "browser",
                table: "clicks",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "unknown");

            migrationBuilder.AddColumn<string>(
                name: "device",
                table: "clicks",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "unknown");

            migrationBuilder.AddColumn<string>(
                name: "os",
                table: "clicks",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "unknown");

            migrationBuilder.AddColumn<string>(
                name: "referrer_host",
                table: "clicks",
                type: "character varying(253)",
                maxLength: 253,
                nullable: true);

            // Written by hand: old clicks keep the host of their referrer and, for machines, the bot device; browser and
            // system cannot be read in SQL and stay unknown. The raw texts are nulled in the same pass, because PostgreSQL's
            // DROP COLUMN only hides a column: its values would stay in every row until the row is written again.
            migrationBuilder.Sql("""
                UPDATE clicks AS k SET
                    referrer_host = (SELECT CASE WHEN length(h) BETWEEN 1 AND 253 THEN h END FROM (SELECT
                        lower(rtrim(substring(k.referrer from '^(?:[A-Za-z][A-Za-z0-9+.-]*://)?(?:[^/?#@]*@)?(\[[^]/?#]*\]|[^/?#:]+)'), '.')) AS h) AS x),
                    device = CASE WHEN k.kind IN ('bot', 'preview', 'scanner') THEN 'bot' ELSE 'unknown' END,
                    referrer = NULL, user_agent = NULL;
                """);

            migrationBuilder.DropColumn(
                name: "referrer",
                table: "clicks");

            migrationBuilder.DropColumn(
                name: "user_agent",
                table: "clicks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "browser",
                table: "clicks");

            migrationBuilder.DropColumn(
                name: "device",
                table: "clicks");

            migrationBuilder.DropColumn(
                name: "os",
                table: "clicks");

            migrationBuilder.DropColumn(
                name: "referrer_host",
                table: "clicks");

            migrationBuilder.AddColumn<string>(
                name: "referrer",
                table: "clicks",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "user_agent",
                table: "clicks",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }
    }
}
