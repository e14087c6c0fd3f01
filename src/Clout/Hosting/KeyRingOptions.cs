namespace Clout.Hosting;

/// <summary>Where the data-protection key ring came from before it moved into the database ("Clout:DataProtection").</summary>
public sealed class KeyRingOptions
{
    public const string Section = CloutConfiguration.Section + ":DataProtection";

    /// <summary>
    /// The folder whose key files are copied into the database on the first start that finds no key there; unset:
    /// the folder Data Protection used by default (~/.aspnet/DataProtection-Keys on Linux). Set it when an earlier
    /// installation kept its keys elsewhere (a mounted volume).
    /// </summary>
    public string? ImportFolder { get; set; }
}
