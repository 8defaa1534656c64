using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Infrastructure.Errors;

/// <summary>The same problem, as a plain page for a person in a browser rather than problem details for a program.</summary>
public static class ErrorPage
{
    public static bool IsWanted(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api") &&
        context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        var html = HtmlEncoder.Default;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{html.Encode(problem.Title ?? "Error")} – AllianceTracker</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main id="main"><h1>{html.Encode(problem.Title ?? "Error")}</h1><p>{html.Encode(problem.Detail ?? "")}</p><p><a href="/Patients">Back to my patients</a></p></main></body>
            </html>
            """);
    }
}
