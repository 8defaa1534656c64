using AllianceTracker.Web;
using AllianceTracker.Web.Infrastructure.Database;

var builder = WebApplication.CreateBuilder(args);
builder.AddAllianceTracker();

var app = builder.Build();
app.UseAllianceTracker();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
