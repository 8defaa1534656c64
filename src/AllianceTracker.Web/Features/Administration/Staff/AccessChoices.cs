namespace AllianceTracker.Web.Features.Administration.Staff;

/// <summary>The roles and wards a form offers, with those chosen.</summary>
public sealed record AccessChoices(IReadOnlyList<WardName> Wards, IReadOnlyList<string> Roles, IReadOnlyList<Guid> WardIds);
