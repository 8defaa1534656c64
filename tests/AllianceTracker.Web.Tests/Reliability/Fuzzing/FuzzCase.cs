using System.Net.Http.Headers;

namespace AllianceTracker.Web.Tests.Reliability.Fuzzing;

public enum FuzzCaller
{
    Therapist,
    Manager,
    Admin,
    Anonymous,
}

/// <summary>One generated request; its description says how it was made, so a failure can be read and reproduced.</summary>
public sealed record FuzzCase(int Index, ApiOperation Operation, FuzzCaller Caller, string Kind, string Url, byte[]? Body, string? ContentType)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Operation.Method), Url);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }
        }

        return request;
    }

    public override string ToString() => $"#{Index} {Operation} as {Caller}, {Kind}: {Url}";
}
