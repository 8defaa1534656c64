using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Localization;

/// <summary>What a browser does with the layout's language switch, and a request in a chosen language.</summary>
public static partial class LanguageClient
{
    public static async Task<HttpResponseMessage> SwitchLanguageAsync(this HttpClient client, string culture, string returnUrl)
    {
        var token = await StaffSignIn.AntiforgeryTokenAsync(client, "/Account/SignIn");
        return await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = culture,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The body without the per-request trace id that problem details carry.</summary>
    public static async Task<string> GetWithLanguageAsync(this HttpClient client, string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await client.SendAsync(request);
        return TraceId().Replace(await response.Content.ReadAsStringAsync(), string.Empty);
    }

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
