using System.Text.RegularExpressions;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Patients;

public sealed record RegisterPatientRequest(Guid WardId, string DisplayAlias, string PreferredLanguage, string? HospitalRecordReference);

public sealed partial class RegisterPatientValidator : AbstractValidator<RegisterPatientRequest>
{
    public static readonly string[] Languages = ["nb", "nn", "en"];

    public RegisterPatientValidator()
    {
        RuleFor(r => r.WardId).NotEmpty().WithMessage("Choose the ward.");
        RuleFor(r => r.DisplayAlias).NotEmpty().WithMessage("Give the patient a display alias.")
            .MaximumLength(100).WithMessage("The alias can be at most 100 characters.")
            .Must(NotLookLikeAnIdentityNumber).WithMessage("The alias must not contain an identity number.");
        RuleFor(r => r.PreferredLanguage).Must(l => Languages.Contains(l))
            .WithMessage("Use one of: {Languages}.", "Languages", string.Join(", ", Languages));
        RuleFor(r => r.HospitalRecordReference).MaximumLength(100).WithMessage("The reference can be at most 100 characters.")
            .Must(NotLookLikeAnIdentityNumber).WithMessage("Never store a national identity number; use the hospital's record reference.");
    }

    /// <summary>A Norwegian national identity number is eleven digits, possibly with a space or dash after the birth date.</summary>
    private static bool NotLookLikeAnIdentityNumber(string? value) => value is null || !IdentityNumber().IsMatch(value);

    [GeneratedRegex(@"\d{6}[\s-]?\d{5}")]
    private static partial Regex IdentityNumber();
}

public static class RegisterPatient
{
    public static async Task<Created<PatientDetails>> HandleAsync(
        RegisterPatientRequest request, AllianceDbContext db, CurrentUser user, PatientAuditScope audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var patient = await RegisterAsync(request, db, user, audit, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/patients/{patient.Id}", PatientDetails.From(patient));
    }

    /// <summary>Stores the patient and puts the caller on the care team; shared by the API and the page.</summary>
    public static async Task<Patient> RegisterAsync(
        RegisterPatientRequest request, AllianceDbContext db, CurrentUser user, PatientAuditScope audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var onWard = await db.WardMemberships.AnyAsync(m =>
            m.WardId == request.WardId && m.StaffUserId == user.RequiredId && m.From <= now && (m.To == null || m.To > now), cancellationToken);
        if (!onWard)
        {
            throw RequestValidationException.For("wardId", "You can register patients only on a ward you work on.");
        }

        var patient = new Patient
        {
            WardId = request.WardId,
            DisplayAlias = request.DisplayAlias.Trim(),
            PreferredLanguage = request.PreferredLanguage,
            HospitalRecordReference = string.IsNullOrWhiteSpace(request.HospitalRecordReference) ? null : request.HospitalRecordReference.Trim(),
            RegisteredAt = now,
            RegisteredBy = user.RequiredId,
        };
        db.Patients.Add(patient);
        db.CareTeamMemberships.Add(new CareTeamMembership
        {
            PatientId = patient.Id, StaffUserId = user.RequiredId, Role = CareTeamRole.ResponsibleClinician, From = now, AddedBy = user.RequiredId,
        });
        await db.SaveChangesAsync(cancellationToken);
        audit.Touch(patient.Id);
        return patient;
    }

    public static AuditedAttribute Audit => new(AuditAction.Create, "Patient");
}
