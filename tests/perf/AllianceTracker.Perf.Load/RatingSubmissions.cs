using System.Net.Http.Headers;
using System.Text.Json;

namespace AllianceTracker.Perf.Load;

/// <summary>
/// The requests of the two phases: the therapist's rating of the next unrated session on the real path, and the same
/// body sent to the raw-insert baseline, which goes round the same sessions again. Every seventh session the alliance
/// dips, so the flag engine has something to find.
/// </summary>
public sealed class RatingSubmissions(SeededService seeded)
{
    private readonly byte[] _steady = Body(seeded.FormId, 4);
    private readonly byte[] _dip = Body(seeded.FormId, 2);

    public HttpRequestMessage? Real(long i) =>
        i < seeded.Sessions.Count ? Post($"/api/v1/sessions/{seeded.Sessions[(int)i]}/ratings", i) : null;

    public HttpRequestMessage Baseline(long i) =>
        Post($"/api/v1/benchmarks/sessions/{seeded.Sessions[(int)(i % seeded.Sessions.Count)]}/raw-ratings", i);

    private HttpRequestMessage Post(string url, long i)
    {
        var day = i % seeded.Sessions.Count / (seeded.Sessions.Count / SeededService.SessionsPerPatient);
        var content = new ByteArrayContent(day % 7 == 6 ? _dip : _steady);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static byte[] Body(Guid formId, int score) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        rater = "therapist",
        instrumentVersionId = formId,
        values = new Dictionary<string, int?>
        {
            ["goal1"] = score, ["goal2"] = score, ["task1"] = score, ["task2"] = score, ["bond1"] = score, ["bond2"] = score,
            ["rupture"] = 0, ["mainDecision"] = 0,
        },
    }, SeededService.Json);
}
