namespace AllianceTracker.Web.Features.Tablet;

/// <summary>
/// Why the tablet API said no, as an RFC 9457 problem with a machine-readable <c>reason</c>
/// that the tablet turns into words in the patient's language.
/// </summary>
public sealed record TabletRefusal(int Status, string Reason, string Detail, TimeSpan? RetryAfter = null)
{
    public static readonly TabletRefusal Malformed = new(StatusCodes.Status400BadRequest, "malformed", "A code has six digits.");
    public static readonly TabletRefusal Wrong = new(StatusCodes.Status400BadRequest, "wrong", "This code is not right. Check it with staff.");
    public static readonly TabletRefusal Used = new(StatusCodes.Status409Conflict, "used", "This code has already been used. Ask staff for a new one.");
    public static readonly TabletRefusal Expired = new(StatusCodes.Status410Gone, "expired", "This code has expired. Ask staff for a new one.");
    public static readonly TabletRefusal Revoked = new(StatusCodes.Status410Gone, "revoked", "This code was withdrawn by staff. Ask staff for a new one.");
    public static readonly TabletRefusal NoToken = new(StatusCodes.Status401Unauthorized, "token", "This rating is no longer open on this tablet. Ask staff for a new code.");
    public static readonly TabletRefusal BadTicket = new(StatusCodes.Status401Unauthorized, "ticket", "These answers cannot be accepted: their submission ticket is not valid.");
    public static readonly TabletRefusal AlreadySubmitted = new(StatusCodes.Status409Conflict, "submitted", "This rating has already been submitted.");
    public static readonly TabletRefusal ReusedSubmissionId = new(StatusCodes.Status409Conflict, "reused", "This submission id was already used for different answers.");
    public static readonly TabletRefusal InProgress = new(StatusCodes.Status409Conflict, "inProgress", "These answers are still being saved. Try again in a moment.", TimeSpan.FromSeconds(2));

    public static TabletRefusal TooManyAttempts(TimeSpan retryAfter) =>
        new(StatusCodes.Status429TooManyRequests, "tooManyAttempts", "Too many wrong codes. Wait a while, or ask staff.", retryAfter);

    public IResult ToResult(HttpContext context)
    {
        if (RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return TypedResults.Problem(Detail, statusCode: Status, title: Title, extensions: new Dictionary<string, object?> { ["reason"] = Reason });
    }

    private string Title => Status switch
    {
        StatusCodes.Status401Unauthorized => "Not allowed",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status410Gone => "No longer valid",
        StatusCodes.Status429TooManyRequests => "Too many attempts",
        _ => "Not accepted",
    };
}
