using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ugc_posts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workspace_id = table.Column<long>(type: "INTEGER", nullable: false),
                    platform = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    author = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    published_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    likes = table.Column<long>(type: "INTEGER", nullable: false),
                    comments = table.Column<long>(type: "INTEGER", nullable: false),
                    shares = table.Column<long>(type: "INTEGER", nullable: false),
                    views = table.Column<long>(type: "INTEGER", nullable: true),
                    campaign_id = table.Column<long>(type: "INTEGER", nullable: false),
                    influencer_id = table.Column<long>(type: "INTEGER", nullable: true),
                    matched_by = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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
