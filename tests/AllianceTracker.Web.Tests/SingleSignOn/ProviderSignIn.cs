using System.Net;
using System.Text.RegularExpressions;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.SingleSignOn;

/// <summary>
/// Plays the browser through the code flow: the sign-in button, the provider's authorize endpoint, its form_post back to
/// the application's callback, and the complete page. The client must keep cookies and must not follow redirects.
/// </summary>
public static partial class ProviderSignIn
{
    public static async Task<HttpResponseMessage> SignInThroughProviderAsync(this HttpClient client)
    {
        var token = await StaffSignIn.AntiforgeryTokenAsync(client, "/Account/SignIn");
        using var start = await client.PostAsync("/SingleSignOn/Start", Form(new() { ["__RequestVerificationToken"] = token }));
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the button leads to the provider");

        using var browserAtProvider = new HttpClient();
        var formPost = await browserAtProvider.GetStringAsync(start.Headers.Location);
        using var callback = await client.PostAsync(
            FormAction().Match(formPost).Groups["action"].Value,
            Form(HiddenField().Matches(formPost).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value))));
        Assert.That(callback.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the callback hands over to the complete page");

        return await client.GetAsync(callback.Headers.Location);
    }

    /// <summary>Where the complete page moves the browser on to, from its Refresh header; null when it stops there.</summary>
    public static string? ContinuesTo(HttpResponseMessage complete) =>
        complete.Headers.TryGetValues("Refresh", out var values) ? values.Single().Split("url=")[1] : null;

    public static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenField();
}
