using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "unknown");

            migrationBuilder.AddColumn<string>(
                name: "device",
                table: "clicks",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "unknown");

            migrationBuilder.AddColumn<string>(
                name: "os",
                table: "clicks",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "unknown");

            migrationBuilder.AddColumn<string>(
                name: "referrer_host",
                table: "clicks",
                type: "TEXT",
                maxLength: 253,
                nullable: true);

            // Written by hand: old clicks keep the host of their referrer (cut step by step: SQLite has no regular
            // expressions) and, for machines, the bot device; browser and system cannot be read in SQL and stay unknown.
            migrationBuilder.Sql("""
                UPDATE "clicks" SET "referrer" = CASE WHEN instr("referrer", '://') > 0 THEN substr("referrer", instr("referrer", '://') + 3) ELSE "referrer" END;
                UPDATE "clicks" SET "referrer" = substr("referrer", 1, instr("referrer", '/') - 1) WHERE instr("referrer", '/') > 0;
                UPDATE "clicks" SET "referrer" = substr("referrer", 1, instr("referrer", '?') - 1) WHERE instr("referrer", '?') > 0;
                UPDATE "clicks" SET "referrer" = substr("referrer", 1, instr("referrer", '#') - 1) WHERE instr("referrer", '#') > 0;
                UPDATE "clicks" SET "referrer" = substr("referrer", instr("referrer", '@') + 1) WHERE instr("referrer", '@') > 0;
                UPDATE "clicks" SET "referrer" = substr("referrer", 1, instr("referrer", ':') - 1) WHERE instr("referrer", ':') > 0 AND "referrer" NOT LIKE '[%';
                UPDATE "clicks" SET "referrer" = substr("referrer", 1, instr("referrer", ']')) WHERE "referrer" LIKE '[%' AND instr("referrer", ']') > 0;
                UPDATE "clicks" SET "referrer_host" = lower(rtrim("referrer", '.')) WHERE "referrer" IS NOT NULL AND length(rtrim("referrer", '.')) BETWEEN 1 AND 253;
                UPDATE "clicks" SET "device" = 'bot' WHERE "kind" IN ('bot', 'preview', 'scanner');
                """);

            // By hand too: EF drops a column on SQLite by copying the table into a new one, which would lose the trigger
            // that keeps visitor_days; SQLite's own DROP COLUMN keeps it. secure_delete zeroes the pages the raw texts
            // leave, so they do not linger in the file.
            migrationBuilder.Sql("""
                PRAGMA secure_delete = ON;
                ALTER TABLE "clicks" DROP COLUMN "referrer";
                ALTER TABLE "clicks" DROP COLUMN "user_agent";
                PRAGMA secure_delete = OFF;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The raw texts are gone for good: the columns come back empty. SQLite's own DROP COLUMN keeps the trigger.
            migrationBuilder.Sql("""
                ALTER TABLE "clicks" DROP COLUMN "browser";
                ALTER TABLE "clicks" DROP COLUMN "device";
                ALTER TABLE "clicks" DROP COLUMN "os";
                ALTER TABLE "clicks" DROP COLUMN "referrer_host";
                """);

            migrationBuilder.AddColumn<string>(
                name: "referrer",
                table: "clicks",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "user_agent",
                table: "clicks",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }
    }
}
