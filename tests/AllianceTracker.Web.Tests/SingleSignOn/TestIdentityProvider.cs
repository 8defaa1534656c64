using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AllianceTracker.Web.Tests.SingleSignOn;

/// <summary>Who the provider says has signed in, with the claims it vouches for.</summary>
public sealed record ProviderPerson(string Subject, string Email, string[] Roles, string[] AuthenticationMethods);

/// <summary>
/// A small OpenID Connect provider on a loopback port, speaking the authorization code flow with PKCE: discovery,
/// keys, an authorize endpoint that signs in <see cref="SignedIn"/> at once and answers with form_post, and a token
/// endpoint that checks the code, the client and the PKCE verifier and returns an RS256-signed id_token.
/// </summary>
public sealed class TestIdentityProvider : IDisposable
{
    public const string ClientId = "alliance-tracker";
    public const string ClientSecret = "test-client-secret";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new();

    private TestIdentityProvider(int port)
    {
        Authority = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Authority);
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = $"{Authority}/authorize",
            ["token_endpoint"] = $"{Authority}/token",
            ["jwks_uri"] = $"{Authority}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "form_post" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post" },
        }));
        _app.MapGet("/jwks", Keys);
        _app.MapGet("/authorize", Authorize);
        _app.MapPost("/token", TokenAsync);
    }

    public string Authority { get; }

    /// <summary>The person the next authorization request signs in.</summary>
    public ProviderPerson? SignedIn { get; set; }

    /// <summary>How many codes the token endpoint has exchanged: it proves the application used the back channel.</summary>
    public int CodesRedeemed { get; private set; }

    /// <summary>Started before the application, which reads the provider's address from its settings at start.</summary>
    public static TestIdentityProvider Start()
    {
        var provider = new TestIdentityProvider(LoopbackPort.Free());
        provider._app.Start();
        return provider;
    }

    public void Dispose()
    {
        ((IDisposable)_app).Dispose();
        _key.Rsa.Dispose();
    }

    private IResult Keys()
    {
        var parameters = _key.Rsa.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = SecurityAlgorithms.RsaSha256, kid = _key.KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
            },
        });
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["response_mode"] != "form_post"
            || query["code_challenge_method"] != "S256" || SignedIn is not { } person)
        {
            return Results.BadRequest();
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new PendingCode(person, query["nonce"]!, query["code_challenge"]!, query["redirect_uri"]!);
        return Results.Content(FormPost(query["redirect_uri"]!, new Dictionary<string, string> { ["code"] = code, ["state"] = query["state"]! }), "text/html");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret
            || !_codes.TryRemove(form["code"].ToString(), out var pending)
            || form["redirect_uri"] != pending.RedirectUri
            || Challenge(form["code_verifier"].ToString()) != pending.CodeChallenge)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        CodesRedeemed++;
        return Results.Json(new
        {
            access_token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            token_type = "Bearer",
            expires_in = 300,
            id_token = IdToken(pending),
        });
    }

    private string IdToken(PendingCode pending)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = pending.Person.Subject,
                ["email"] = pending.Person.Email,
                ["name"] = "Test person",
                ["nonce"] = pending.Nonce,
                ["roles"] = pending.Person.Roles,
                ["amr"] = pending.Person.AuthenticationMethods,
            },
        });
    }

    private static string Challenge(string verifier) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string FormPost(string action, Dictionary<string, string> fields) =>
        $"<form method=\"post\" action=\"{WebUtility.HtmlEncode(action)}\">"
        + string.Concat(fields.Select(f => $"<input type=\"hidden\" name=\"{f.Key}\" value=\"{WebUtility.HtmlEncode(f.Value)}\" />"))
        + "</form>";

    private sealed record PendingCode(ProviderPerson Person, string Nonce, string CodeChallenge, string RedirectUri);
}
