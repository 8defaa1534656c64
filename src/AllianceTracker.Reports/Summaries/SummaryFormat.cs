using System.Globalization;

namespace AllianceTracker.Reports.Summaries;

/// <summary>Dates and scores as the reader reads them: long dates for the patient, compact ISO dates in clinical tables.</summary>
internal sealed class SummaryFormat(SummaryTexts texts)
{
    public string Date(DateOnly date) => date.ToString(texts["date"], texts.Culture);

    /// <summary>Times are shown as recorded, in the ward's offset the web layer passed in.</summary>
    public string DateTime(DateTimeOffset when) =>
        $"{Date(DateOnly.FromDateTime(when.DateTime))} {when.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public string Period(DateTimeOffset from, DateTimeOffset? to) =>
        texts.Format("range", DateTime(from), to is { } end ? DateTime(end) : texts["ongoing"]);

    public string Score(double? score) => score is { } value ? Math.Round(value).ToString("0", texts.Culture) : texts["dash"];

    public string Gap(double patient, double therapist) => Math.Round(therapist - patient).ToString("+0;−0;0", texts.Culture);
}
