using System.Globalization;
using AllianceTracker.Core.Summaries;

namespace AllianceTracker.Reports.Summaries;

/// <summary>Dates and scores as the reader reads them: long dates for the patient, compact ISO dates in clinical tables.</summary>
internal sealed class SummaryFormat(SummaryTexts texts, SummaryAudience audience)
{
    private readonly string _datePattern = audience == SummaryAudience.Patient ? "D" : "yyyy-MM-dd";

    public string Date(DateOnly date) => date.ToString(_datePattern, texts.Culture);

    /// <summary>Times are shown as recorded, in the ward's offset the web layer passed in.</summary>
    public string DateTime(DateTimeOffset when) =>
        $"{Date(DateOnly.FromDateTime(when.DateTime))} {when.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public string Period(DateTimeOffset from, DateTimeOffset? to) =>
        texts.Format("retained.until", DateTime(from), to is { } end ? DateTime(end) : texts["ongoing"]);

    public string Score(double? score) => score is { } value ? Math.Round(value).ToString("0", texts.Culture) : texts["dash"];

    public string Gap(double patient, double therapist) => Math.Round(therapist - patient).ToString("+0;−0;0", texts.Culture);
}
