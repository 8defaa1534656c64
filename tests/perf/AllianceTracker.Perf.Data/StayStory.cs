using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Perf.Data;

/// <summary>
/// How one synthetic stay goes, session by session, decided by its seed alone so that every run writes the same data:
/// a steady alliance with a little noise from day to day; in one stay in three a V-shaped rupture (the patient's score
/// falls sharply after a few sessions of baseline, the patient reports it, and in half of them it climbs back within
/// two sessions, a repair); in one stay in four the therapist rates well above the patient (a rater gap); in one in ten
/// a coercive measure on the second day, half of them followed by a conversation the day after. The patient leaves
/// about one session in seven unrated, never during a rupture.
/// </summary>
public sealed class StayStory(int seed, int sessions)
{
    private const int BaselineSessions = 5;

    /// <summary>The session at the bottom of the V, when the stay has one and is long enough to show a baseline first.</summary>
    public int? RuptureAt => seed % 3 == 0 && sessions > BaselineSessions + 3 ? BaselineSessions + (seed % (sessions - BaselineSessions - 3)) : null;

    public bool Repaired => seed / 3 % 2 == 0;

    public bool RaterGap => seed % 4 == 1;

    public bool Coerced => seed % 10 == 0 && sessions > 2;

    public bool FollowedUp => seed % 20 == 0;

    public bool PatientRates(int session) => (seed + session) % 7 != 3 || InRupture(session);

    public double PatientTotal100(int session) => Clamp(Baseline + Noise(session) - Dip(session));

    /// <summary>Therapists see little of the fall, so their score dips a quarter as much.</summary>
    public double TherapistTotal100(int session) => Clamp(Baseline + Noise(session + 1) + (RaterGap ? 24 : 3) - (Dip(session) / 4));

    public RuptureAnswer RuptureReported(int session) =>
        session == RuptureAt ? RuptureAnswer.ALot : session == RuptureAt + 1 ? RuptureAnswer.ALittle : RuptureAnswer.No;

    public bool? TalkedThrough(int session) => session == RuptureAt + 1 ? Repaired : null;

    private double Baseline => 52 + (seed * 7 % 30);

    private double Noise(int session) => ((seed + (session * 7)) % 9) - 4;

    private bool InRupture(int session) => RuptureAt is { } r && session >= r && session <= r + 2;

    private double Dip(int session) => RuptureAt is not { } r || session < r ? 0 : (session - r) switch
    {
        0 => 32,
        1 => Repaired ? 18 : 28,
        _ => Repaired ? 0 : 24,
    };

    private static double Clamp(double score) => Math.Clamp(score, 0, 100);
}
