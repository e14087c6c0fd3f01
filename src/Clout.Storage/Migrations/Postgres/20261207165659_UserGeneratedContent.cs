using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Clout.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UserGeneratedContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "hashtag",
                table: "campaigns",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ugc_posts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    platform = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    external_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    published_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    likes = table.Column<long>(type: "bigint", nullable: false),
                    comments = table.Column<long>(type: "bigint", nullable: false),
                    shares = table.Column<long>(type: "bigint", nullable: false),
                    views = table.Column<long>(type: "bigint", nullable: true),
                    campaign_id = table.Column<long>(type: "bigint", nullable: false),
                    influencer_id = table.Column<long>(type: "bigint", nullable: true),
                    matched_by = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ugc_posts", x => x.id);
                    table.ForeignKey(
                        name: "FK_ugc_posts_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ugc_posts_influencers_influencer_id",
                        column: x => x.influencer_id,
                        principalTable: "influencers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ugc_posts_campaign_id",
                table: "ugc_posts",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_ugc_posts_influencer_id",
                table: "ugc_posts",
                column: "influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_ugc_posts_workspace_id_campaign_id_published_at_utc",
                table: "ugc_posts",
                columns: new[] { "workspace_id", "campaign_id", "published_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_ugc_posts_workspace_id_platform_external_id",
                table: "ugc_posts",
                columns: new[] { "workspace_id", "platform", "external_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ugc_posts");

            migrationBuilder.DropColumn(
                name: "hashtag",
                table: "campaigns");
        }
    }
}
