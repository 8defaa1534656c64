using System.Net;
using System.Text.RegularExpressions;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>Signs in through the real sign-in page, antiforgery token and cookie included.</summary>
public static partial class StaffSignIn
{
    public const string AntiforgeryHeader = "RequestVerificationToken";

    public static async Task<HttpClient> SignInAsync(this AllianceAppFactory factory, string email, string? password = null)
    {
        var client = factory.CreateHttpsClient();
        await client.SignInAsync(email, password);
        return client;
    }

    /// <summary>Signs the client in; it must keep cookies and must not follow redirects.</summary>
    public static async Task SignInAsync(this HttpClient client, string email, string? password = null)
    {
        using var response = await client.PostSignInAsync(email, password ?? AllianceAppFactory.DemoPassword);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}.");
        }

        // API calls made with the cookie carry the antiforgery token, as the pages' own forms do
        client.DefaultRequestHeaders.Add(AntiforgeryHeader, await AntiforgeryTokenAsync(client, "/Account/SignIn"));
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string email, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/Account/SignIn");
        return await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Posts a page's form as a browser does: with that page's antiforgery token, to the page or one of its handlers.</summary>
    public static async Task<HttpResponseMessage> PostPageFormAsync(
        this HttpClient client, string page, Dictionary<string, string> fields, string? handler = null)
    {
        fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync(client, page);
        return await client.PostAsync(handler is null ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page) =>
        AntiforgeryTokenIn(await client.GetStringAsync(page), page);

    /// <summary>The antiforgery token of a page already read, for tests that need more from the same answer.</summary>
    public static string AntiforgeryTokenIn(string html, string page)
    {
        var match = TokenPattern().Match(html);
        return match.Success
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenPattern();
}
