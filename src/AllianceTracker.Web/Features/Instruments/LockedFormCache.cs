using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Web.Features.Instruments;

/// <summary>
/// The forms ratings have been given on, with their items. A version a rating has used is locked and never changes
/// (a pack that would change it is refused), so each is read once per process and then shared, untracked and
/// read-only, by every request. A version no rating has used yet may still be replaced by an import, so it is not kept.
/// </summary>
public sealed class LockedFormCache
{
    private readonly ConcurrentDictionary<Guid, InstrumentVersion> _forms = new();

    public bool TryGet(Guid versionId, [NotNullWhen(true)] out InstrumentVersion? form) => _forms.TryGetValue(versionId, out form);

    public void Keep(InstrumentVersion form)
    {
        if (!form.IsLocked)
        {
            throw new InvalidOperationException("Only a locked form is kept: an unlocked one may still be replaced.");
        }

        _forms.TryAdd(form.Id, form);
    }
}
