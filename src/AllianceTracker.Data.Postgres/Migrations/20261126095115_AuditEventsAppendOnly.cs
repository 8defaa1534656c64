using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllianceTracker.Data.Postgres.Migrations
{
    /// <summary>The schema itself refuses to change or remove an audit event.</summary>
    public partial class AuditEventsAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_events_are_append_only() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION 'AuditEvents is append-only: % is not allowed', TG_OP;
                END;
                $$ LANGUAGE plpgsql;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_AuditEvents_AppendOnly"
                BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditEvents"
                FOR EACH STATEMENT EXECUTE FUNCTION audit_events_are_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_AuditEvents_AppendOnly" ON "AuditEvents";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_events_are_append_only();");
        }
    }
}
