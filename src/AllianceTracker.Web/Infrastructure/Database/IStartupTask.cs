namespace AllianceTracker.Web.Infrastructure.Database;

/// <summary>Work that runs once at start-up, in registration order, before requests are served.</summary>
public interface IStartupTask
{
    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
