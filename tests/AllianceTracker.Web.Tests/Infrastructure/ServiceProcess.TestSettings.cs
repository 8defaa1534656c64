namespace AllianceTracker.Web.Tests.Infrastructure;

// Kept apart from the rest of ServiceProcess so that the benchmarks, which bring settings of their own, can share the rest.
public sealed partial class ServiceProcess
{
    /// <summary>Starts the service on the database with the test settings (and demo data) and waits until it is ready.</summary>
    public static Task<ServiceProcess> StartAsync(TestDatabase database, IDictionary<string, string?>? settings = null)
    {
        var all = TestSettings.For(database, demo: true);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return StartAsync(all);
    }
}
