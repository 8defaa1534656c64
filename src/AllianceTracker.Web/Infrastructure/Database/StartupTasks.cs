namespace AllianceTracker.Web.Infrastructure.Database;

public static class StartupTasks
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
        {
            await task.RunAsync(scope.ServiceProvider, app.Lifetime.ApplicationStopping);
        }
    }
}
