namespace AllianceTracker.Web.Infrastructure.Validation;

/// <summary>
/// ASP.NET Core's form reader refuses a whole URL-encoded form holding an encoded NUL (<c>%00</c>), with an English
/// message naming no field, and the page then runs with every field empty. A page's form is rewritten with U+0001 in
/// its place (the same length): it is read, and <see cref="ControlCharacterModelBinder"/> refuses that field as it
/// refuses any control character, naming it in the reader's language. API requests are left alone: they are answered
/// 400 without a field by the form reader, or by <see cref="ControlCharacterGuard"/>.
/// </summary>
public sealed class EncodedNulInForms(RequestDelegate next)
{
    private static readonly byte[] EncodedNul = "%00"u8.ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.HasFormContentType && !request.Path.StartsWithSegments("/api")
            && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var form = new MemoryStream();
            context.Response.RegisterForDispose(form);
            await request.Body.CopyToAsync(form, context.RequestAborted);
            var bytes = form.GetBuffer().AsSpan(0, (int)form.Length);
            for (var at = bytes.IndexOf(EncodedNul); at >= 0; at = bytes.IndexOf(EncodedNul))
            {
                bytes[at + 2] = (byte)'1';
            }

            form.Position = 0;
            request.Body = form;
        }

        await next(context);
    }
}
