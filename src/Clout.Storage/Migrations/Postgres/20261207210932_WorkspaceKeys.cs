using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorkspaceKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: clicks keep their own keys (monthly partitioning decides them); their foreign key moves
            // from the old primary key of collaborations to its id key, which PostgreSQL cannot do in place.
            migrationBuilder.DropForeignKey(
                name: "FK_clicks_collaborations_collaboration_id",
                table: "clicks");

            migrationBuilder.DropForeignKey(
                name: "FK_audience_audits_influencers_influencer_id",
                table: "audience_audits");

            migrationBuilder.DropForeignKey(
                name: "FK_click_days_collaborations_collaboration_id",
                table: "click_days");

            migrationBuilder.DropForeignKey(
                name: "FK_collaborations_campaigns_campaign_id",
                table: "collaborations");

            migrationBuilder.DropForeignKey(
                name: "FK_collaborations_influencers_influencer_id",
                table: "collaborations");

            migrationBuilder.DropForeignKey(
                name: "FK_comments_posts_post_id",
                table: "comments");

            migrationBuilder.DropForeignKey(
                name: "FK_connections_influencers_influencer_id",
                table: "connections");

            migrationBuilder.DropForeignKey(
                name: "FK_follower_snapshots_influencers_influencer_id",
                table: "follower_snapshots");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_collaborations_attributed_collaboration_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_collaborations_click_collaboration_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_collaborations_code_collaboration_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_collaborations_creator_collaboration_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_collaborations_survey_collaboration_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_customers_customer_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_influencers_creator_influencer_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_posts_campaigns_campaign_id",
                table: "posts");

            migrationBuilder.DropForeignKey(
                name: "FK_posts_influencers_influencer_id",
                table: "posts");

            migrationBuilder.DropForeignKey(
                name: "FK_sessions_users_user_id",
                table: "sessions");

            migrationBuilder.DropForeignKey(
                name: "FK_survey_responses_influencers_influencer_id",
                table: "survey_responses");

            migrationBuilder.DropForeignKey(
                name: "FK_survey_responses_surveys_survey_id",
                table: "survey_responses");

            migrationBuilder.DropForeignKey(
                name: "FK_survey_versions_surveys_survey_id",
                table: "survey_versions");

            migrationBuilder.DropForeignKey(
                name: "FK_ugc_posts_campaigns_campaign_id",
                table: "ugc_posts");

            migrationBuilder.DropForeignKey(
                name: "FK_ugc_posts_influencers_influencer_id",
                table: "ugc_posts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_webhook_deliveries",
                table: "webhook_deliveries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_visitor_salts",
                table: "visitor_salts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_users",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_users_workspace_id",
                table: "users");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ugc_posts",
                table: "ugc_posts");

            migrationBuilder.DropIndex(
                name: "ix_ugc_posts_campaign_id",
                table: "ugc_posts");

            migrationBuilder.DropIndex(
                name: "ix_ugc_posts_influencer_id",
                table: "ugc_posts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_surveys",
                table: "surveys");

            migrationBuilder.DropIndex(
                name: "ix_surveys_public_id",
                table: "surveys");

            migrationBuilder.DropPrimaryKey(
                name: "PK_survey_versions",
                table: "survey_versions");

            migrationBuilder.DropIndex(
                name: "ix_survey_versions_survey_id_number",
                table: "survey_versions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_survey_responses",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "ix_survey_responses_influencer_id",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "ix_survey_responses_survey_id_respondent_hash_wave",
                table: "survey_responses");

            migrationBuilder.DropPrimaryKey(
                name: "PK_sessions",
                table: "sessions");

            migrationBuilder.DropIndex(
                name: "ix_sessions_user_id",
                table: "sessions");

            migrationBuilder.DropIndex(
                name: "ix_sessions_workspace_id",
                table: "sessions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_posts",
                table: "posts");

            migrationBuilder.DropIndex(
                name: "ix_posts_campaign_id",
                table: "posts");

            migrationBuilder.DropIndex(
                name: "ix_posts_influencer_id",
                table: "posts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_orders",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_attributed_collaboration_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_click_collaboration_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_code_collaboration_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_creator_collaboration_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_creator_influencer_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_customer_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_survey_collaboration_id",
                table: "orders");

            migrationBuilder.DropPrimaryKey(
                name: "PK_influencers",
                table: "influencers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_follower_snapshots",
                table: "follower_snapshots");

            migrationBuilder.DropIndex(
                name: "ix_follower_snapshots_influencer_id",
                table: "follower_snapshots");

            migrationBuilder.DropPrimaryKey(
                name: "PK_customers",
                table: "customers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_connector_invitations",
                table: "connector_invitations");

            migrationBuilder.DropIndex(
                name: "ix_connector_invitations_workspace_id",
                table: "connector_invitations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_connections",
                table: "connections");

            migrationBuilder.DropIndex(
                name: "ix_connections_influencer_id",
                table: "connections");

            migrationBuilder.DropPrimaryKey(
                name: "PK_comments",
                table: "comments");

            migrationBuilder.DropIndex(
                name: "ix_comments_post_id",
                table: "comments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_collaborations",
                table: "collaborations");

            migrationBuilder.DropIndex(
                name: "ix_collaborations_campaign_id",
                table: "collaborations");

            migrationBuilder.DropIndex(
                name: "ix_collaborations_influencer_id",
                table: "collaborations");

            migrationBuilder.DropIndex(
                name: "ix_collaborations_link_code",
                table: "collaborations");

            migrationBuilder.DropIndex(
                name: "ix_click_days_collaboration_id",
                table: "click_days");

            migrationBuilder.DropPrimaryKey(
                name: "PK_campaigns",
                table: "campaigns");

            migrationBuilder.DropPrimaryKey(
                name: "PK_audience_audits",
                table: "audience_audits");

            migrationBuilder.DropIndex(
                name: "ix_audience_audits_influencer_id",
                table: "audience_audits");

            migrationBuilder.DropPrimaryKey(
                name: "PK_api_keys",
                table: "api_keys");

            migrationBuilder.DropIndex(
                name: "ix_api_keys_workspace_id",
                table: "api_keys");

            migrationBuilder.AddPrimaryKey(
                name: "PK_webhook_deliveries",
                table: "webhook_deliveries",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_visitor_salts",
                table: "visitor_salts",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_users",
                table: "users",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_ugc_posts",
                table: "ugc_posts",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_surveys",
                table: "surveys",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_survey_versions",
                table: "survey_versions",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_survey_responses",
                table: "survey_responses",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_sessions",
                table: "sessions",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_posts",
                table: "posts",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_orders",
                table: "orders",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_influencers",
                table: "influencers",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_follower_snapshots",
                table: "follower_snapshots",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_customers",
                table: "customers",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_connector_invitations",
                table: "connector_invitations",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_connections",
                table: "connections",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_comments",
                table: "comments",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddUniqueConstraint(
                name: "AK_collaborations_id",
                table: "collaborations",
                column: "id");

            migrationBuilder.AddForeignKey(
                name: "FK_clicks_collaborations_collaboration_id",
                table: "clicks",
                column: "collaboration_id",
                principalTable: "collaborations",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddPrimaryKey(
                name: "PK_collaborations",
                table: "collaborations",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_campaigns",
                table: "campaigns",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_audience_audits",
                table: "audience_audits",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_api_keys",
                table: "api_keys",
                columns: new[] { "workspace_id", "id" });

            migrationBuilder.CreateTable(
                name: "link_codes",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    collaboration_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_link_codes", x => x.code);
                    table.ForeignKey(
                        name: "FK_link_codes_collaborations_workspace_id_collaboration_id",
                        columns: x => new { x.workspace_id, x.collaboration_id },
                        principalTable: "collaborations",
                        principalColumns: new[] { "workspace_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_public_ids",
                columns: table => new
                {
                    public_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    workspace_id = table.Column<long>(type: "bigint", nullable: false),
                    survey_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_public_ids", x => x.public_id);
                    table.ForeignKey(
                        name: "FK_survey_public_ids_surveys_workspace_id_survey_id",
                        columns: x => new { x.workspace_id, x.survey_id },
                        principalTable: "surveys",
                        principalColumns: new[] { "workspace_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            // Hand-written: the global lookups start out holding every code and public id already stored.
            migrationBuilder.Sql("INSERT INTO link_codes (code, workspace_id, collaboration_id) SELECT link_code, workspace_id, id FROM collaborations WHERE link_code IS NOT NULL;");
            migrationBuilder.Sql("INSERT INTO survey_public_ids (public_id, workspace_id, survey_id) SELECT public_id, workspace_id, id FROM surveys;");

            migrationBuilder.CreateIndex(
                name: "ix_ugc_posts_workspace_id_influencer_id",
                table: "ugc_posts",
                columns: new[] { "workspace_id", "influencer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_surveys_workspace_id_public_id",
                table: "surveys",
                columns: new[] { "workspace_id", "public_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_versions_workspace_id_survey_id_number",
                table: "survey_versions",
                columns: new[] { "workspace_id", "survey_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_survey_id_respondent_hash_wave_workspace_id",
                table: "survey_responses",
                columns: new[] { "survey_id", "respondent_hash", "wave", "workspace_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_workspace_id_influencer_id",
                table: "survey_responses",
                columns: new[] { "workspace_id", "influencer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_workspace_id_user_id",
                table: "sessions",
                columns: new[] { "workspace_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_workspace_id_campaign_id",
                table: "posts",
                columns: new[] { "workspace_id", "campaign_id" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_workspace_id_click_collaboration_id",
                table: "orders",
                columns: new[] { "workspace_id", "click_collaboration_id" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_workspace_id_code_collaboration_id",
                table: "orders",
                columns: new[] { "workspace_id", "code_collaboration_id" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_workspace_id_creator_collaboration_id",
                table: "orders",
                columns: new[] { "workspace_id", "creator_collaboration_id" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_workspace_id_creator_influencer_id",
                table: "orders",
                columns: new[] { "workspace_id", "creator_influencer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_workspace_id_customer_id",
                table: "orders",
                columns: new[] { "workspace_id", "customer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_workspace_id_survey_collaboration_id",
                table: "orders",
                columns: new[] { "workspace_id", "survey_collaboration_id" });

            migrationBuilder.CreateIndex(
                name: "ix_connections_workspace_id_influencer_id",
                table: "connections",
                columns: new[] { "workspace_id", "influencer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_workspace_id_influencer_id",
                table: "collaborations",
                columns: new[] { "workspace_id", "influencer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_workspace_id_link_code",
                table: "collaborations",
                columns: new[] { "workspace_id", "link_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_link_codes_workspace_id_collaboration_id",
                table: "link_codes",
                columns: new[] { "workspace_id", "collaboration_id" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_public_ids_workspace_id_survey_id",
                table: "survey_public_ids",
                columns: new[] { "workspace_id", "survey_id" });

            migrationBuilder.AddForeignKey(
                name: "FK_audience_audits_influencers_workspace_id_influencer_id",
                table: "audience_audits",
                columns: new[] { "workspace_id", "influencer_id" },
                principalTable: "influencers",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_click_days_collaborations_workspace_id_collaboration_id",
                table: "click_days",
                columns: new[] { "workspace_id", "collaboration_id" },
                principalTable: "collaborations",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_collaborations_campaigns_workspace_id_campaign_id",
                table: "collaborations",
                columns: new[] { "workspace_id", "campaign_id" },
                principalTable: "campaigns",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_collaborations_influencers_workspace_id_influencer_id",
                table: "collaborations",
                columns: new[] { "workspace_id", "influencer_id" },
                principalTable: "influencers",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_comments_posts_workspace_id_post_id",
                table: "comments",
                columns: new[] { "workspace_id", "post_id" },
                principalTable: "posts",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_connections_influencers_workspace_id_influencer_id",
                table: "connections",
                columns: new[] { "workspace_id", "influencer_id" },
                principalTable: "influencers",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_follower_snapshots_influencers_workspace_id_influencer_id",
                table: "follower_snapshots",
                columns: new[] { "workspace_id", "influencer_id" },
                principalTable: "influencers",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_collaborations_workspace_id_attributed_collaboration~",
                table: "orders",
                columns: new[] { "workspace_id", "attributed_collaboration_id" },
                principalTable: "collaborations",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_collaborations_workspace_id_click_collaboration_id",
                table: "orders",
                columns: new[] { "workspace_id", "click_collaboration_id" },
                principalTable: "collaborations",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_collaborations_workspace_id_code_collaboration_id",
                table: "orders",
                columns: new[] { "workspace_id", "code_collaboration_id" },
                principalTable: "collaborations",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_collaborations_workspace_id_creator_collaboration_id",
                table: "orders",
                columns: new[] { "workspace_id", "creator_collaboration_id" },
                principalTable: "collaborations",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_collaborations_workspace_id_survey_collaboration_id",
                table: "orders",
                columns: new[] { "workspace_id", "survey_collaboration_id" },
                principalTable: "collaborations",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_customers_workspace_id_customer_id",
                table: "orders",
                columns: new[] { "workspace_id", "customer_id" },
                principalTable: "customers",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_influencers_workspace_id_creator_influencer_id",
                table: "orders",
                columns: new[] { "workspace_id", "creator_influencer_id" },
                principalTable: "influencers",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_posts_campaigns_workspace_id_campaign_id",
                table: "posts",
                columns: new[] { "workspace_id", "campaign_id" },
                principalTable: "campaigns",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_posts_influencers_workspace_id_influencer_id",
                table: "posts",
                columns: new[] { "workspace_id", "influencer_id" },
                principalTable: "influencers",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_sessions_users_workspace_id_user_id",
                table: "sessions",
                columns: new[] { "workspace_id", "user_id" },
                principalTable: "users",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_survey_responses_influencers_workspace_id_influencer_id",
                table: "survey_responses",
                columns: new[] { "workspace_id", "influencer_id" },
                principalTable: "influencers",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_survey_responses_surveys_workspace_id_survey_id",
                table: "survey_responses",
                columns: new[] { "workspace_id", "survey_id" },
                principalTable: "surveys",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_survey_versions_surveys_workspace_id_survey_id",
                table: "survey_versions",
                columns: new[] { "workspace_id", "survey_id" },
                principalTable: "surveys",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ugc_posts_campaigns_workspace_id_campaign_id",
                table: "ugc_posts",
                columns: new[] { "workspace_id", "campaign_id" },
                principalTable: "campaigns",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ugc_posts_influencers_workspace_id_influencer_id",
                table: "ugc_posts",
                columns: new[] { "workspace_id", "influencer_id" },
                principalTable: "influencers",
                principalColumns: new[] { "workspace_id", "id" },
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Hand-written: clicks keep their own keys (monthly partitioning decides them); their foreign key moves
            // back from the id key of collaborations to its old primary key, which PostgreSQL cannot do in place.
            migrationBuilder.DropForeignKey(
                name: "FK_clicks_collaborations_collaboration_id",
                table: "clicks");

            migrationBuilder.DropForeignKey(
                name: "FK_audience_audits_influencers_workspace_id_influencer_id",
                table: "audience_audits");

            migrationBuilder.DropForeignKey(
                name: "FK_click_days_collaborations_workspace_id_collaboration_id",
                table: "click_days");

            migrationBuilder.DropForeignKey(
                name: "FK_collaborations_campaigns_workspace_id_campaign_id",
                table: "collaborations");

            migrationBuilder.DropForeignKey(
                name: "FK_collaborations_influencers_workspace_id_influencer_id",
                table: "collaborations");

            migrationBuilder.DropForeignKey(
                name: "FK_comments_posts_workspace_id_post_id",
                table: "comments");

            migrationBuilder.DropForeignKey(
                name: "FK_connections_influencers_workspace_id_influencer_id",
                table: "connections");

            migrationBuilder.DropForeignKey(
                name: "FK_follower_snapshots_influencers_workspace_id_influencer_id",
                table: "follower_snapshots");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_collaborations_workspace_id_attributed_collaboration~",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_collaborations_workspace_id_click_collaboration_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_collaborations_workspace_id_code_collaboration_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_collaborations_workspace_id_creator_collaboration_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_collaborations_workspace_id_survey_collaboration_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_customers_workspace_id_customer_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_influencers_workspace_id_creator_influencer_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_posts_campaigns_workspace_id_campaign_id",
                table: "posts");

            migrationBuilder.DropForeignKey(
                name: "FK_posts_influencers_workspace_id_influencer_id",
                table: "posts");

            migrationBuilder.DropForeignKey(
                name: "FK_sessions_users_workspace_id_user_id",
                table: "sessions");

            migrationBuilder.DropForeignKey(
                name: "FK_survey_responses_influencers_workspace_id_influencer_id",
                table: "survey_responses");

            migrationBuilder.DropForeignKey(
                name: "FK_survey_responses_surveys_workspace_id_survey_id",
                table: "survey_responses");

            migrationBuilder.DropForeignKey(
                name: "FK_survey_versions_surveys_workspace_id_survey_id",
                table: "survey_versions");

            migrationBuilder.DropForeignKey(
                name: "FK_ugc_posts_campaigns_workspace_id_campaign_id",
                table: "ugc_posts");

            migrationBuilder.DropForeignKey(
                name: "FK_ugc_posts_influencers_workspace_id_influencer_id",
                table: "ugc_posts");

            migrationBuilder.DropTable(
                name: "link_codes");

            migrationBuilder.DropTable(
                name: "survey_public_ids");

            migrationBuilder.DropPrimaryKey(
                name: "PK_webhook_deliveries",
                table: "webhook_deliveries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_visitor_salts",
                table: "visitor_salts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_users",
                table: "users");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ugc_posts",
                table: "ugc_posts");

            migrationBuilder.DropIndex(
                name: "ix_ugc_posts_workspace_id_influencer_id",
                table: "ugc_posts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_surveys",
                table: "surveys");

            migrationBuilder.DropIndex(
                name: "ix_surveys_workspace_id_public_id",
                table: "surveys");

            migrationBuilder.DropPrimaryKey(
                name: "PK_survey_versions",
                table: "survey_versions");

            migrationBuilder.DropIndex(
                name: "ix_survey_versions_workspace_id_survey_id_number",
                table: "survey_versions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_survey_responses",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "ix_survey_responses_survey_id_respondent_hash_wave_workspace_id",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "ix_survey_responses_workspace_id_influencer_id",
                table: "survey_responses");

            migrationBuilder.DropPrimaryKey(
                name: "PK_sessions",
                table: "sessions");

            migrationBuilder.DropIndex(
                name: "ix_sessions_workspace_id_user_id",
                table: "sessions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_posts",
                table: "posts");

            migrationBuilder.DropIndex(
                name: "ix_posts_workspace_id_campaign_id",
                table: "posts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_orders",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_workspace_id_click_collaboration_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_workspace_id_code_collaboration_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_workspace_id_creator_collaboration_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_workspace_id_creator_influencer_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_workspace_id_customer_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_workspace_id_survey_collaboration_id",
                table: "orders");

            migrationBuilder.DropPrimaryKey(
                name: "PK_influencers",
                table: "influencers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_follower_snapshots",
                table: "follower_snapshots");

            migrationBuilder.DropPrimaryKey(
                name: "PK_customers",
                table: "customers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_connector_invitations",
                table: "connector_invitations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_connections",
                table: "connections");

            migrationBuilder.DropIndex(
                name: "ix_connections_workspace_id_influencer_id",
                table: "connections");

            migrationBuilder.DropPrimaryKey(
                name: "PK_comments",
                table: "comments");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_collaborations_id",
                table: "collaborations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_collaborations",
                table: "collaborations");

            migrationBuilder.DropIndex(
                name: "ix_collaborations_workspace_id_influencer_id",
                table: "collaborations");

            migrationBuilder.DropIndex(
                name: "ix_collaborations_workspace_id_link_code",
                table: "collaborations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_campaigns",
                table: "campaigns");

            migrationBuilder.DropPrimaryKey(
                name: "PK_audience_audits",
                table: "audience_audits");

            migrationBuilder.DropPrimaryKey(
                name: "PK_api_keys",
                table: "api_keys");

            migrationBuilder.AddPrimaryKey(
                name: "PK_webhook_deliveries",
                table: "webhook_deliveries",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_visitor_salts",
                table: "visitor_salts",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_users",
                table: "users",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ugc_posts",
                table: "ugc_posts",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_surveys",
                table: "surveys",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_survey_versions",
                table: "survey_versions",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_survey_responses",
                table: "survey_responses",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_sessions",
                table: "sessions",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_posts",
                table: "posts",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_orders",
                table: "orders",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_influencers",
                table: "influencers",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_follower_snapshots",
                table: "follower_snapshots",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_customers",
                table: "customers",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_connector_invitations",
                table: "connector_invitations",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_connections",
                table: "connections",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_comments",
                table: "comments",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_collaborations",
                table: "collaborations",
                column: "id");

            migrationBuilder.AddForeignKey(
                name: "FK_clicks_collaborations_collaboration_id",
                table: "clicks",
                column: "collaboration_id",
                principalTable: "collaborations",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddPrimaryKey(
                name: "PK_campaigns",
                table: "campaigns",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_audience_audits",
                table: "audience_audits",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_api_keys",
                table: "api_keys",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_users_workspace_id",
                table: "users",
                column: "workspace_id");

            migrationBuilder.CreateIndex(
                name: "ix_ugc_posts_campaign_id",
                table: "ugc_posts",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_ugc_posts_influencer_id",
                table: "ugc_posts",
                column: "influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_surveys_public_id",
                table: "surveys",
                column: "public_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_versions_survey_id_number",
                table: "survey_versions",
                columns: new[] { "survey_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_influencer_id",
                table: "survey_responses",
                column: "influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_survey_id_respondent_hash_wave",
                table: "survey_responses",
                columns: new[] { "survey_id", "respondent_hash", "wave" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_user_id",
                table: "sessions",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_workspace_id",
                table: "sessions",
                column: "workspace_id");

            migrationBuilder.CreateIndex(
                name: "ix_posts_campaign_id",
                table: "posts",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_posts_influencer_id",
                table: "posts",
                column: "influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_attributed_collaboration_id",
                table: "orders",
                column: "attributed_collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_click_collaboration_id",
                table: "orders",
                column: "click_collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_code_collaboration_id",
                table: "orders",
                column: "code_collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_creator_collaboration_id",
                table: "orders",
                column: "creator_collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_creator_influencer_id",
                table: "orders",
                column: "creator_influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_customer_id",
                table: "orders",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_survey_collaboration_id",
                table: "orders",
                column: "survey_collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_follower_snapshots_influencer_id",
                table: "follower_snapshots",
                column: "influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_connector_invitations_workspace_id",
                table: "connector_invitations",
                column: "workspace_id");

            migrationBuilder.CreateIndex(
                name: "ix_connections_influencer_id",
                table: "connections",
                column: "influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_comments_post_id",
                table: "comments",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_campaign_id",
                table: "collaborations",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_influencer_id",
                table: "collaborations",
                column: "influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_link_code",
                table: "collaborations",
                column: "link_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_click_days_collaboration_id",
                table: "click_days",
                column: "collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_audience_audits_influencer_id",
                table: "audience_audits",
                column: "influencer_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_workspace_id",
                table: "api_keys",
                column: "workspace_id");

            migrationBuilder.AddForeignKey(
                name: "FK_audience_audits_influencers_influencer_id",
                table: "audience_audits",
                column: "influencer_id",
                principalTable: "influencers",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_click_days_collaborations_collaboration_id",
                table: "click_days",
                column: "collaboration_id",
                principalTable: "collaborations",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_collaborations_campaigns_campaign_id",
                table: "collaborations",
                column: "campaign_id",
                principalTable: "campaigns",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_collaborations_influencers_influencer_id",
                table: "collaborations",
                column: "influencer_id",
                principalTable: "influencers",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_comments_posts_post_id",
                table: "comments",
                column: "post_id",
                principalTable: "posts",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_connections_influencers_influencer_id",
                table: "connections",
                column: "influencer_id",
                principalTable: "influencers",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_follower_snapshots_influencers_influencer_id",
                table: "follower_snapshots",
                column: "influencer_id",
                principalTable: "influencers",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_collaborations_attributed_collaboration_id",
                table: "orders",
                column: "attributed_collaboration_id",
                principalTable: "collaborations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_collaborations_click_collaboration_id",
                table: "orders",
                column: "click_collaboration_id",
                principalTable: "collaborations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_collaborations_code_collaboration_id",
                table: "orders",
                column: "code_collaboration_id",
                principalTable: "collaborations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_collaborations_creator_collaboration_id",
                table: "orders",
                column: "creator_collaboration_id",
                principalTable: "collaborations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_collaborations_survey_collaboration_id",
                table: "orders",
                column: "survey_collaboration_id",
                principalTable: "collaborations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_customers_customer_id",
                table: "orders",
                column: "customer_id",
                principalTable: "customers",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_influencers_creator_influencer_id",
                table: "orders",
                column: "creator_influencer_id",
                principalTable: "influencers",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_posts_campaigns_campaign_id",
                table: "posts",
                column: "campaign_id",
                principalTable: "campaigns",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_posts_influencers_influencer_id",
                table: "posts",
                column: "influencer_id",
                principalTable: "influencers",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_sessions_users_user_id",
                table: "sessions",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_survey_responses_influencers_influencer_id",
                table: "survey_responses",
                column: "influencer_id",
                principalTable: "influencers",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_survey_responses_surveys_survey_id",
                table: "survey_responses",
                column: "survey_id",
                principalTable: "surveys",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_survey_versions_surveys_survey_id",
                table: "survey_versions",
                column: "survey_id",
                principalTable: "surveys",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ugc_posts_campaigns_campaign_id",
                table: "ugc_posts",
                column: "campaign_id",
                principalTable: "campaigns",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ugc_posts_influencers_influencer_id",
                table: "ugc_posts",
                column: "influencer_id",
                principalTable: "influencers",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}
