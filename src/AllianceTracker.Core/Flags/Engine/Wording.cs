using System.Globalization;
using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Flags.Engine;

/// <summary>
/// Numbers, times and raters as explanation text. Norwegian uses a decimal comma; both are
/// produced without the machine's culture so explanations are the same on every server.
/// </summary>
internal static class Wording
{
    /// <summary>A derived number (mean, SD, index) with a fixed number of decimals.</summary>
    public static string En(double value, int decimals = 1) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Nb(double value, int decimals = 1) => En(value, decimals).Replace('.', ',');

    /// <summary>A recorded number (a score, a count, hours) as it was given, up to two decimals.</summary>
    public static string RawEn(double value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    public static string RawNb(double value) => RawEn(value).Replace('.', ',');

    public static string RaterEn(Rater rater) => rater == Rater.Patient ? "patient" : "therapist";

    public static string RaterNb(Rater rater) => rater == Rater.Patient ? "pasienten" : "terapeuten";

    public static string RaterPossessiveEn(Rater rater) => rater == Rater.Patient ? "The patient's" : "The therapist's";

    public static string RaterPossessiveNb(Rater rater) => rater == Rater.Patient ? "Pasientens" : "Terapeutens";

    public static string CapitalisedEn(Rater rater) => rater == Rater.Patient ? "The patient" : "The therapist";

    public static string CapitalisedNb(Rater rater) => rater == Rater.Patient ? "Pasienten" : "Terapeuten";

    /// <summary>A time as read on the ward's clock, e.g. "2026-03-29 14:05".</summary>
    public static string LocalTime(DateTimeOffset time, TimeZoneInfo timeZone) =>
        TimeZoneInfo.ConvertTime(time, timeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string ScaleEn(RatingPoint rating) => $"{RawEn(rating.ScaleMin)}–{RawEn(rating.ScaleMax)}";

    public static string ScaleNb(RatingPoint rating) => $"{RawNb(rating.ScaleMin)}–{RawNb(rating.ScaleMax)}";

    public static string Key(string ruleId, Guid id) => $"{ruleId}:{id:N}";

    public static string Key(string ruleId, Rater rater, Guid id) => $"{ruleId}:{RaterEn(rater)}:{id:N}";
}
