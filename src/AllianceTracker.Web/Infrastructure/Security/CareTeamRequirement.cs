using Microsoft.AspNetCore.Authorization;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>The caller must be on the patient's care team now, or hold an unexpired need-to-know access.</summary>
public sealed class CareTeamRequirement : IAuthorizationRequirement
{
    public const string Policy = "CareTeam";
}

/// <summary>The patient a care-team check is about.</summary>
public sealed record PatientResource(Guid PatientId);
