namespace AllianceTracker.Core.Organisation;

public static class StaffRole
{
    public const string Therapist = nameof(Therapist);
    public const string WardManager = nameof(WardManager);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Therapist, WardManager, Admin];
}
