using AllianceTracker.Core.Audit;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllianceTracker.Web.Features.Patients;

public static class PatientEndpoints
{
    public static void MapPatientEndpoints(this IEndpointRouteBuilder api)
    {
        var patients = api.MapGroup("/patients").WithTags("Patients");

        patients.MapGet("/", ListAsync)
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "PatientList"))
            .WithSummary("The patients of the caller's care teams.");

        patients.MapPost("/", RegisterPatient.HandleAsync)
            .Validate<RegisterPatientRequest>()
            .WithMetadata(RegisterPatient.Audit)
            .WithSummary("Registers a patient on a ward of the caller's; the caller joins the care team.");

        patients.MapGet("/{id:guid}", GetAsync)
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "Patient"))
            .WithSummary("One patient, if the caller is on their care team.");
    }

    private static async Task<Ok<List<PatientSummary>>> ListAsync(
        PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await access.VisiblePatients().ToSummariesAsync(db, cancellationToken));

    private static async Task<Ok<PatientDetails>> GetAsync(
        Guid id, PatientAccess access, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        return TypedResults.Ok(PatientDetails.From(patient));
    }
}
