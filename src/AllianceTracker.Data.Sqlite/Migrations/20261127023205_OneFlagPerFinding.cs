using AllianceTracker.Data.Configurations;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllianceTracker.Data.Sqlite.Migrations
{
    /// <summary>One flag per finding of a patient, held by the schema; duplicates stored before are removed first.</summary>
    public partial class OneFlagPerFinding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FlagConfiguration.KeepOneFlagPerFindingSql);

            migrationBuilder.DropIndex(
                name: "IX_Flags_PatientId_FindingKey",
                table: "Flags");

            migrationBuilder.CreateIndex(
                name: "IX_Flags_PatientId_FindingKey",
                table: "Flags",
                columns: new[] { "PatientId", "FindingKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Flags_PatientId_FindingKey",
                table: "Flags");

            migrationBuilder.CreateIndex(
                name: "IX_Flags_PatientId_FindingKey",
                table: "Flags",
                columns: new[] { "PatientId", "FindingKey" });
        }
    }
}
