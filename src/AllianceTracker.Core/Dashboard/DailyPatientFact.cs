namespace AllianceTracker.Core.Dashboard;

/// <summary>
/// One patient's contribution to one dashboard figure on one local day of a ward: a count under
/// <see cref="Key"/>, or one sample (<see cref="Value"/>, with a count of one) for figures shown as medians.
/// Rows are derived data: they are rebuilt per patient from the clinical records and never edited.
/// </summary>
public class DailyPatientFact
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid WardId { get; set; }
    public DateOnly Day { get; set; }
    public Guid PatientId { get; set; }
    public required string Key { get; set; }
    public int Count { get; set; }
    public double? Value { get; set; }
}
