using System.Net;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>
/// Keeps cookies for a client of a service on plain-HTTP loopback as a browser does for localhost: the service's
/// cookies are Secure (<c>__Host-</c>), which HttpClient's own cookie handling sends over HTTPS only. The port is
/// left out of the cookies' scope, as browsers do, so clients of two nodes that share a jar share their cookies,
/// as behind one load balancer.
/// </summary>
public sealed class LoopbackCookies(CookieContainer jar)
    : DelegatingHandler(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var scope = Scope(request.RequestUri!);
        var cookies = jar.GetCookieHeader(scope);
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values)
            {
                jar.SetCookies(scope, value);
            }
        }

        return response;
    }

    private static Uri Scope(Uri uri) => new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps, Port = 443 }.Uri;
}
