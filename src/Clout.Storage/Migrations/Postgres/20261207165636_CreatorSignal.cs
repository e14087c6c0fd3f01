using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clout.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CreatorSignal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "creator_collaboration_id",
                table: "orders",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "creator_influencer_id",
                table: "orders",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_creator_collaboration_id",
                table: "orders",
                column: "creator_collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_creator_influencer_id",
                table: "orders",
                column: "creator_influencer_id");

            migrationBuilder.AddForeignKey(
                name: "FK_orders_collaborations_creator_collaboration_id",
                table: "orders",
                column: "creator_collaboration_id",
                principalTable: "collaborations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_influencers_creator_influencer_id",
                table: "orders",
                column: "creator_influencer_id",
                principalTable: "influencers",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_orders_collaborations_creator_collaboration_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_influencers_creator_influencer_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_creator_collaboration_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_creator_influencer_id",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "creator_collaboration_id",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "creator_influencer_id",
                table: "orders");
        }
    }
}
