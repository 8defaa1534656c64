using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;

namespace AllianceTracker.Web.Features.ApiReference;

/// <summary>
/// The API reference, rendered on the server from the same document as /openapi/v1.json, so it needs no script and
/// is as open as that document.
/// </summary>
[AllowAnonymous]
public class IndexModel([FromKeyedServices(ApiReference.DocumentName)] IOpenApiDocumentProvider documents) : PageModel
{
    public ApiReference Reference { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Reference = ApiReference.From(await documents.GetOpenApiDocumentAsync(cancellationToken));
}
