using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VisitorDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Written by hand: WITHOUT ROWID makes the key the table itself, one B-tree insert per click instead of two
            // (the model, the snapshot and the PostgreSQL migration describe the same table and key).
            migrationBuilder.Sql("""
                CREATE TABLE "visitor_days" (
                    "workspace_id" INTEGER NOT NULL,
                    "influencer_id" INTEGER NOT NULL,
                    "day" TEXT NOT NULL,
                    "visitor_id" TEXT NOT NULL,
                    CONSTRAINT "PK_visitor_days" PRIMARY KEY ("workspace_id", "influencer_id", "day", "visitor_id"),
                    CONSTRAINT "FK_visitor_days_workspaces_workspace_id" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);
            // Every human click, however it is written (the redirect, the import, EF), marks its visitor's day at the
            // collaboration's influencer. The day is the date part of the stored text ('yyyy-MM-dd HH:mm:ss…', UTC),
            // which is how a DateOnly is stored.
            migrationBuilder.Sql("""
                CREATE TRIGGER "clicks_visitor_day" AFTER INSERT ON "clicks" WHEN NEW."kind" = 'human'
                BEGIN
                    INSERT OR IGNORE INTO "visitor_days" ("workspace_id", "influencer_id", "day", "visitor_id")
                    SELECT NEW."workspace_id", "c"."influencer_id", substr(NEW."occurred_at_utc", 1, 10), NEW."visitor_id"
                    FROM "collaborations" AS "c" WHERE "c"."id" = NEW."collaboration_id";
                END;
                """);
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO "visitor_days" ("workspace_id", "influencer_id", "day", "visitor_id")
                SELECT "k"."workspace_id", "c"."influencer_id", substr("k"."occurred_at_utc", 1, 10), "k"."visitor_id"
                FROM "clicks" AS "k" JOIN "collaborations" AS "c" ON "c"."id" = "k"."collaboration_id"
                WHERE "k"."kind" = 'human';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "clicks_visitor_day";""");
            migrationBuilder.DropTable(
                name: "visitor_days");
        }
    }
}
