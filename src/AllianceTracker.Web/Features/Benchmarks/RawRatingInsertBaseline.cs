using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Ratings;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Npgsql;

namespace AllianceTracker.Web.Features.Benchmarks;

/// <summary>
/// The floor the rating-submission load benchmark measures the real path against: a staff-entered rating and its
/// answers stored in one statement of raw Npgsql, with none of the real path's checks, scoring, flag computation, EF
/// or audit. It is not part of the product: it is mapped only when <see cref="Setting"/> is true, on PostgreSQL.
/// </summary>
public static class RawRatingInsertBaseline
{
    public const string Setting = "Benchmarks:RawInsertBaseline";

    // The rating takes its patient and ward from the session; the answers take the rating's id. One round trip, one transaction.
    private const string Insert = """
        WITH rating AS (
            INSERT INTO "Ratings" ("Id", "SessionId", "PatientId", "WardId", "Rater", "EnteredBy", "InstrumentVersionId", "Source",
                                   "SubmittedAt", "RuptureReported", "Disclosure")
            SELECT @id, s."Id", s."PatientId", s."WardId", @rater, @enteredBy, @form, @source, @submittedAt, 'No', 'Now'
            FROM "Sessions" s WHERE s."Id" = @session
            RETURNING "Id"),
        answers AS (
            INSERT INTO "RatingAnswers" ("Id", "RatingId", "ItemKey", "Value")
            SELECT gen_random_uuid(), rating."Id", answer.key, answer.value FROM rating, unnest(@keys, @values) AS answer(key, value))
        SELECT count(*) FROM rating
        """;

    public static void MapRawRatingInsertBaseline(this IEndpointRouteBuilder api, IConfiguration configuration, DatabaseSettings database)
    {
        if (!configuration.GetValue<bool>(Setting))
        {
            return;
        }

        if (database.Provider != DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException($"{Setting} needs PostgreSQL: the baseline is written in raw Npgsql.");
        }

        api.MapPost("/benchmarks/sessions/{id:guid}/raw-ratings", InsertAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> InsertAsync(
        Guid id, EnterRatingRequest request, DatabaseSettings database, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var values = request.Values ?? [];
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Insert, connection);
        command.Parameters.AddWithValue("id", Guid.NewGuid());
        command.Parameters.AddWithValue("session", id);
        command.Parameters.AddWithValue("rater", request.Rater.ToString());
        command.Parameters.AddWithValue("enteredBy", user.RequiredId);
        command.Parameters.AddWithValue("form", request.InstrumentVersionId ?? Guid.Empty);
        command.Parameters.AddWithValue("source", (request.Rater == Rater.Patient ? RatingSource.PaperFormEnteredByStaff : RatingSource.StaffEntry).ToString());
        command.Parameters.AddWithValue("submittedAt", clock.GetUtcNow());
        command.Parameters.AddWithValue("keys", values.Keys.ToArray());
        command.Parameters.AddWithValue("values", values.Values.ToArray());
        var stored = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return stored == 1 ? TypedResults.Created($"/api/v1/sessions/{id}") : throw new NotFoundException("Session");
    }
}
