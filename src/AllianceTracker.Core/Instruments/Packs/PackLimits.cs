namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>The longest values a pack may hold where they are stored in columns of limited length.</summary>
public static class PackLimits
{
    public const int Code = 100;
    public const int Name = 200;
    public const int Version = 40;
    public const int Licence = 2000;
    public const int Language = 20;
    public const int ItemKey = 100;
}
