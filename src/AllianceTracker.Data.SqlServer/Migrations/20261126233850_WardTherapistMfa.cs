using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllianceTracker.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class WardTherapistMfa : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TherapistsMustUseMfa",
                table: "Wards",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TherapistsMustUseMfa",
                table: "Wards");
        }
    }
}
