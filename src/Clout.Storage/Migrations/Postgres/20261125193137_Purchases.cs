using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Clout.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Purchases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "attribution_window_days",
                table: "workspaces",
                type: "integer",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<byte[]>(
                name: "email_salt",
                table: "workspaces",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "shop_domains",
                table: "workspaces",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "shopify_secret_protected",
                table: "workspaces",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "budget_minor",
                table: "campaigns",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ends_at_utc",
                table: "campaigns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "starts_at_utc",
                table: "campaigns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "clicks",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    collaboration_id = table.Column<long>(type: "bigint", nullable: false),
                    occurred_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    @ref = table.Column<string>(name: "ref", type: "character varying(32)", maxLength: 32, nullable: false),
                    visitor_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    referrer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    user_agent = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clicks", x => x.id);
                    table.ForeignKey(
                        name: "FK_clicks_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    external_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    first_order_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "visitor_salts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    day_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    salt = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visitor_salts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    provider = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    delivery_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    received_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_deliveries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    external_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    customer_id = table.Column<long>(type: "bigint", nullable: true),
                    occurred_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    received_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    total_minor = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    discount_codes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    landing_site = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    referrer = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    code_collaboration_id = table.Column<long>(type: "bigint", nullable: true),
                    click_collaboration_id = table.Column<long>(type: "bigint", nullable: true),
                    click_id = table.Column<long>(type: "bigint", nullable: true),
                    survey_collaboration_id = table.Column<long>(type: "bigint", nullable: true),
                    attribution_source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attributed_collaboration_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders", x => x.id);
                    table.ForeignKey(
                        name: "FK_orders_clicks_click_id",
                        column: x => x.click_id,
                        principalTable: "clicks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_orders_collaborations_attributed_collaboration_id",
                        column: x => x.attributed_collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_orders_collaborations_click_collaboration_id",
                        column: x => x.click_collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_orders_collaborations_code_collaboration_id",
                        column: x => x.code_collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_orders_collaborations_survey_collaboration_id",
                        column: x => x.survey_collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_orders_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_clicks_collaboration_id",
                table: "clicks",
                column: "collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_clicks_ref",
                table: "clicks",
                column: "ref",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_clicks_workspace_id_collaboration_id_occurred_at_utc",
                table: "clicks",
                columns: new[] { "workspace_id", "collaboration_id", "occurred_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_clicks_workspace_id_visitor_id_occurred_at_utc",
                table: "clicks",
                columns: new[] { "workspace_id", "visitor_id", "occurred_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_workspace_id_email_hash",
                table: "customers",
                columns: new[] { "workspace_id", "email_hash" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_workspace_id_external_id",
                table: "customers",
                columns: new[] { "workspace_id", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_attributed_collaboration_id",
                table: "orders",
                column: "attributed_collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_click_collaboration_id",
                table: "orders",
                column: "click_collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_click_id",
                table: "orders",
                column: "click_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_code_collaboration_id",
                table: "orders",
                column: "code_collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_customer_id",
                table: "orders",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_survey_collaboration_id",
                table: "orders",
                column: "survey_collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_workspace_id_attributed_collaboration_id_occurred_at~",
                table: "orders",
                columns: new[] { "workspace_id", "attributed_collaboration_id", "occurred_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_workspace_id_external_id",
                table: "orders",
                columns: new[] { "workspace_id", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_workspace_id_occurred_at_utc",
                table: "orders",
                columns: new[] { "workspace_id", "occurred_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_visitor_salts_workspace_id_day_utc",
                table: "visitor_salts",
                columns: new[] { "workspace_id", "day_utc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_workspace_id_provider_delivery_id",
                table: "webhook_deliveries",
                columns: new[] { "workspace_id", "provider", "delivery_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "visitor_salts");

            migrationBuilder.DropTable(
                name: "webhook_deliveries");

            migrationBuilder.DropTable(
                name: "clicks");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropColumn(
                name: "attribution_window_days",
                table: "workspaces");

            migrationBuilder.DropColumn(
                name: "email_salt",
                table: "workspaces");

            migrationBuilder.DropColumn(
                name: "shop_domains",
                table: "workspaces");

            migrationBuilder.DropColumn(
                name: "shopify_secret_protected",
                table: "workspaces");

            migrationBuilder.DropColumn(
                name: "budget_minor",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "ends_at_utc",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "starts_at_utc",
                table: "campaigns");
        }
    }
}
