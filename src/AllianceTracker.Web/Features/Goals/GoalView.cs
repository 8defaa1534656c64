using AllianceTracker.Core.Goals;

namespace AllianceTracker.Web.Features.Goals;

public sealed record GoalView(Guid Id, Guid PatientId, int Version, GoalContent Current, IReadOnlyList<VersionView<GoalContent>> History)
{
    public static GoalView From(Goal goal) => new(goal.Id, goal.PatientId, goal.CurrentVersion, goal.Current,
        goal.Versions.OrderBy(v => v.VersionNumber).Select(VersionView<GoalContent>.From).ToList());
}

/// <summary>One version of an amendable record, with who, when and why.</summary>
public sealed record VersionView<TContent>(int Version, TContent Content, DateTimeOffset RecordedAt, Guid RecordedBy, string? AmendmentReason)
    where TContent : class
{
    public static VersionView<TContent> From(Core.Records.RecordVersion<TContent> v) =>
        new(v.VersionNumber, v.Content, v.RecordedAt, v.RecordedBy, v.AmendmentReason);
}
