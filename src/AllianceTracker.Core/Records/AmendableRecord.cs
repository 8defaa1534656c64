namespace AllianceTracker.Core.Records;

/// <summary>
/// A clinical record whose content is never overwritten: every change appends a
/// <typeparamref name="TVersion"/> that names who, when and why, and the record keeps a
/// copy of the current content only so that lists can be read without joining history.
/// </summary>
public abstract class AmendableRecord<TContent, TVersion> : IPatientRecord
    where TContent : class
    where TVersion : RecordVersion<TContent>, new()
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PatientId { get; set; }
    public int CurrentVersion { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public DateTimeOffset CreatedAt { get; set; }
    public Guid CreatedBy { get; set; }
    public TContent Current { get; set; } = null!;
    public List<TVersion> Versions { get; set; } = [];

    /// <summary>Records the first version.</summary>
    public TVersion Start(TContent content, Guid by, DateTimeOffset at)
    {
        if (CurrentVersion != 0)
        {
            throw new InvalidOperationException("The record has already been started; amend it instead.");
        }

        CreatedAt = at;
        CreatedBy = by;
        return Append(content, by, at, reason: null);
    }

    /// <summary>Appends a new version; the old ones stay as they were.</summary>
    public TVersion Amend(TContent content, Guid by, DateTimeOffset at, string reason)
    {
        if (CurrentVersion == 0)
        {
            throw new InvalidOperationException("A record must be started before it can be amended.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("An amendment must say why.", nameof(reason));
        }

        return Append(content, by, at, reason.Trim());
    }

    private TVersion Append(TContent content, Guid by, DateTimeOffset at, string? reason)
    {
        var version = new TVersion
        {
            RecordId = Id,
            VersionNumber = CurrentVersion + 1,
            Content = content,
            RecordedAt = at,
            RecordedBy = by,
            AmendmentReason = reason,
        };
        Versions.Add(version);
        CurrentVersion = version.VersionNumber;
        Current = content;
        ConcurrencyStamp = Guid.NewGuid();
        return version;
    }
}
