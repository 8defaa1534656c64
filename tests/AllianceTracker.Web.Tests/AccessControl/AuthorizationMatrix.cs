namespace AllianceTracker.Web.Tests.AccessControl;

/// <summary>
/// One row per endpoint and method: the status each kind of caller gets, and whether every call leaves an audit event.
/// Ids in the routes are those of one patient of therapist1's care team; POST bodies are "{}", so a caller let
/// through meets the validator (400) rather than changing the record. 302 is the redirect to sign-in or access denied.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly MatrixRow[] Rows =
    [
        new("GET", "/", Anonymous: 302, Tablet: 401, OutsideTeam: 302, Manager: 302, Admin: 302, InTeam: 302, Audited: false),
        new("GET", "/Account/AccessDenied", Anonymous: 302, Tablet: 401, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: false),
        new("GET", "/Account/SignIn", Anonymous: 200, Tablet: 200, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: false),
        new("GET", "/Account/SignOut", Anonymous: 200, Tablet: 200, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: false),
        new("GET", "/admin/jobs/{**path}", Anonymous: 302, Tablet: 401, OutsideTeam: 403, Manager: 403, Admin: 200, InTeam: 403, Audited: false),
        new("GET", "/api/v1/flags", Anonymous: 401, Tablet: 401, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: true),
        new("GET", "/api/v1/instruments", Anonymous: 401, Tablet: 401, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: false),
        new("GET", "/api/v1/jurisdictions/{code}/rules", Anonymous: 401, Tablet: 401, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: false),
        new("GET", "/api/v1/patients/", Anonymous: 401, Tablet: 401, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: true),
        new("GET", "/api/v1/patients/{id:guid}", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/patients/{id:guid}/access-log.pdf", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/patients/{id:guid}/autonomy-decisions", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/patients/{id:guid}/decisions", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/patients/{id:guid}/episodes", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/patients/{id:guid}/fhir", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/patients/{id:guid}/flags", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/patients/{id:guid}/goals", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/patients/{id:guid}/retained-autonomy", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/patients/{id:guid}/sessions", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/patients/{id:guid}/summary", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/sessions/{id:guid}", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/summaries/{id:guid}", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/api/v1/summary-batches/{id:guid}", Anonymous: 401, Tablet: 401, OutsideTeam: 403, Manager: 404, Admin: 404, InTeam: 403, Audited: true),
        new("GET", "/api/v1/tablet/form", Anonymous: 401, Tablet: 200, OutsideTeam: 401, Manager: 401, Admin: 401, InTeam: 401, Audited: true),
        new("GET", "/api/v1/wards/", Anonymous: 401, Tablet: 401, OutsideTeam: 403, Manager: 200, Admin: 200, InTeam: 403, Audited: false),
        new("GET", "/api/v1/wards/{id:guid}/dashboard", Anonymous: 401, Tablet: 401, OutsideTeam: 403, Manager: 200, Admin: 200, InTeam: 403, Audited: true),
        new("GET", "/api/v1/wards/{id:guid}/dashboard.csv", Anonymous: 401, Tablet: 401, OutsideTeam: 403, Manager: 200, Admin: 200, InTeam: 403, Audited: true),
        new("GET", "/api/v1/wards/{id:guid}/reports", Anonymous: 401, Tablet: 401, OutsideTeam: 403, Manager: 200, Admin: 200, InTeam: 403, Audited: false),
        new("GET", "/api/v1/wards/{id:guid}/reports/{reportId:guid}", Anonymous: 401, Tablet: 401, OutsideTeam: 403, Manager: 404, Admin: 404, InTeam: 403, Audited: true),
        new("GET", "/Dashboard", Anonymous: 302, Tablet: 401, OutsideTeam: 302, Manager: 200, Admin: 200, InTeam: 302, Audited: true),
        new("GET", "/Dashboard/Definitions", Anonymous: 302, Tablet: 401, OutsideTeam: 302, Manager: 200, Admin: 200, InTeam: 302, Audited: false),
        new("GET", "/Dashboard/Index", Anonymous: 302, Tablet: 401, OutsideTeam: 302, Manager: 200, Admin: 200, InTeam: 302, Audited: true),
        new("GET", "/Flags/Inbox", Anonymous: 302, Tablet: 401, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: true),
        new("GET", "/health/live", Anonymous: 200, Tablet: 200, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: false),
        new("GET", "/health/ready", Anonymous: 200, Tablet: 200, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: false),
        new("GET", "/Index", Anonymous: 302, Tablet: 401, OutsideTeam: 302, Manager: 302, Admin: 302, InTeam: 302, Audited: false),
        new("GET", "/NeedToKnow", Anonymous: 302, Tablet: 401, OutsideTeam: 200, Manager: 200, Admin: 302, InTeam: 200, Audited: true),
        new("GET", "/NeedToKnow/{id:guid}", Anonymous: 302, Tablet: 401, OutsideTeam: 200, Manager: 200, Admin: 302, InTeam: 200, Audited: true),
        new("GET", "/NeedToKnow/Index", Anonymous: 302, Tablet: 401, OutsideTeam: 200, Manager: 200, Admin: 302, InTeam: 200, Audited: true),
        new("GET", "/NeedToKnow/Review", Anonymous: 302, Tablet: 401, OutsideTeam: 302, Manager: 200, Admin: 200, InTeam: 302, Audited: true),
        new("GET", "/openapi/{documentName}.json", Anonymous: 200, Tablet: 200, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: false),
        new("GET", "/Patients", Anonymous: 302, Tablet: 401, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: true),
        new("GET", "/Patients/{id:guid}", Anonymous: 302, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/Patients/{id:guid}/AccessLog", Anonymous: 302, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/Patients/{id:guid}/AutonomyDecision", Anonymous: 302, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/Patients/{id:guid}/Decision", Anonymous: 302, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/Patients/{id:guid}/Goal", Anonymous: 302, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/Patients/{id:guid}/LogSession", Anonymous: 302, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/Patients/{id:guid}/Summary", Anonymous: 302, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/Patients/Index", Anonymous: 302, Tablet: 401, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: true),
        new("GET", "/Sessions/{id:guid}", Anonymous: 302, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("GET", "/tablet", Anonymous: 200, Tablet: 200, OutsideTeam: 200, Manager: 200, Admin: 200, InTeam: 200, Audited: false),
        new("GET", "/Tablet/Handover/{sessionId:guid}", Anonymous: 302, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 200, Audited: true),
        new("POST", "/api/v1/auth/token", Anonymous: 400, Tablet: 400, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: false),
        new("POST", "/api/v1/autonomy-decisions/{id:guid}/follow-up", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 400, Audited: true),
        new("POST", "/api/v1/episodes/{id:guid}/capacity-assessments", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/episodes/{id:guid}/discharge", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/episodes/{id:guid}/legal-status", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/flags/{id:guid}/acknowledge", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 204, Audited: true),
        new("POST", "/api/v1/flags/{id:guid}/resolve", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/goals/{id:guid}/versions", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/handovers/{id:guid}/revoke", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 204, Audited: true),
        new("POST", "/api/v1/patients/", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/patients/{id:guid}/autonomy-decisions", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/patients/{id:guid}/decisions", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/patients/{id:guid}/episodes", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/patients/{id:guid}/goals", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/patients/{id:guid}/need-to-know", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 403, InTeam: 400, Audited: true),
        new("POST", "/api/v1/patients/{id:guid}/retained-autonomy", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 201, Audited: true),
        new("POST", "/api/v1/patients/{id:guid}/sessions", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/sessions/{id:guid}/handover", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 201, Audited: true),
        new("POST", "/api/v1/sessions/{id:guid}/non-responses", Anonymous: 401, Tablet: 401, OutsideTeam: 404, Manager: 404, Admin: 404, InTeam: 400, Audited: true),
        new("POST", "/api/v1/sessions/{id:guid}/ratings", Anonymous: 401, Tablet: 401, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/summary-batches/", Anonymous: 401, Tablet: 401, OutsideTeam: 403, Manager: 400, Admin: 400, InTeam: 403, Audited: true),
        new("POST", "/api/v1/tablet/redeem", Anonymous: 400, Tablet: 400, OutsideTeam: 400, Manager: 400, Admin: 400, InTeam: 400, Audited: true),
        new("POST", "/api/v1/tablet/submit", Anonymous: 401, Tablet: 401, OutsideTeam: 401, Manager: 401, Admin: 401, InTeam: 401, Audited: true),
    ];
}

/// <summary>The callers' columns, in the order of the table.</summary>
public sealed record MatrixRow(
    string Method, string Pattern, int Anonymous, int Tablet, int OutsideTeam, int Manager, int Admin, int InTeam, bool Audited)
{
    public string ToTableLine() =>
        $"new(\"{Method}\", \"{Pattern}\", Anonymous: {Anonymous}, Tablet: {Tablet}, OutsideTeam: {OutsideTeam}, " +
        $"Manager: {Manager}, Admin: {Admin}, InTeam: {InTeam}, Audited: {(Audited ? "true" : "false")}),";
}
