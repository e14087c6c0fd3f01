using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VisitorDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "visitor_days",
                columns: table => new
                {
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    influencer_id = table.Column<long>(type: "bigint", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    visitor_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visitor_days", x => new { x.workspace_id, x.influencer_id, x.day, x.visitor_id });
                    table.ForeignKey(
                        name: "FK_visitor_days_workspaces_workspace_id",
                        column: x => x.workspace_id,
                        principalTable: "workspaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Every human click, however it is written (the redirect's group commit, the import, EF), marks its visitor's
            // UTC day at the collaboration's influencer.
            migrationBuilder.Sql("""
                CREATE FUNCTION clicks_visitor_day() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO visitor_days (workspace_id, influencer_id, day, visitor_id)
                    SELECT NEW.workspace_id, c.influencer_id, (NEW.occurred_at_utc AT TIME ZONE 'UTC')::date, NEW.visitor_id
                    FROM collaborations AS c WHERE c.id = NEW.collaboration_id
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER clicks_visitor_day AFTER INSERT ON clicks
                    FOR EACH ROW WHEN (NEW.kind = 'human') EXECUTE FUNCTION clicks_visitor_day();
                """);
            migrationBuilder.Sql("""
                INSERT INTO visitor_days (workspace_id, influencer_id, day, visitor_id)
                SELECT DISTINCT k.workspace_id, c.influencer_id, (k.occurred_at_utc AT TIME ZONE 'UTC')::date, k.visitor_id
                FROM clicks AS k JOIN collaborations AS c ON c.id = k.collaboration_id
                WHERE k.kind = 'human'
                ON CONFLICT DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER clicks_visitor_day ON clicks; DROP FUNCTION clicks_visitor_day();");
            migrationBuilder.DropTable(
                name: "visitor_days");
        }
    }
}
