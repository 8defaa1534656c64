using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Web.Infrastructure.Database;

namespace AllianceTracker.Web.Features.Instruments;

/// <summary>Makes sure the instruments shipped with the product are stored before anyone rates.</summary>
public sealed class ImportBuiltInInstruments(InstrumentImporter importer) : IStartupTask
{
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var pack in BuiltInInstruments.All)
        {
            await importer.ImportAsync(pack.Load(), cancellationToken);
        }
    }
}
