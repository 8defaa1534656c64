using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllianceTracker.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AutonomyDecisionFormalDecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Content_FormalDecisionMade",
                table: "AutonomyDecisionVersions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Current_FormalDecisionMade",
                table: "AutonomyDecisions",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Content_FormalDecisionMade",
                table: "AutonomyDecisionVersions");

            migrationBuilder.DropColumn(
                name: "Current_FormalDecisionMade",
                table: "AutonomyDecisions");
        }
    }
}
