using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllianceTracker.Data.SqlServer.Migrations
{
    /// <summary>The schema itself refuses to change or remove an audit event.</summary>
    public partial class AuditEventsAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // CREATE TRIGGER must start a batch, and the idempotent script wraps each step in IF … BEGIN.
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER [TR_AuditEvents_AppendOnly] ON [AuditEvents]
                INSTEAD OF UPDATE, DELETE
                AS
                BEGIN
                    THROW 51000, ''AuditEvents is append-only: UPDATE and DELETE are not allowed.'', 1;
                END;');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [TR_AuditEvents_AppendOnly];");
        }
    }
}
