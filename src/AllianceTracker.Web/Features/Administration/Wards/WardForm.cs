namespace AllianceTracker.Web.Features.Administration.Wards;

/// <summary>The ward form's values and the jurisdictions it offers.</summary>
public sealed record WardForm(string? Name, string? TimeZoneId, string? JurisdictionCode, IReadOnlyList<string> JurisdictionCodes);
