using System.ComponentModel;

namespace Clout.Hosting;

/// <summary>How the data-protection key ring is kept in the database ("Clout:DataProtection").</summary>
public sealed class KeyRingOptions
{
    public const string Section = CloutConfiguration.Section + ":DataProtection";

    public const string CertificateKey = Section + ":" + nameof(Certificate);

    public const string CertificatePasswordKey = Section + ":" + nameof(CertificatePassword);

    /// <summary>
    /// The folder whose key files are copied into the database on the first start that finds no key there; unset:
    /// the folder Data Protection used by default (~/.aspnet/DataProtection-Keys on Linux). Set it when an earlier
    /// installation kept its keys elsewhere (a mounted volume).
    /// </summary>
    public string? ImportFolder { get; set; }

    /// <summary>
    /// A PKCS#12 (.pfx) file whose RSA certificate encrypts each key before it is stored, so that a copy of the
    /// database (a backup, a replica) does not hold what decrypts the secrets in it; unset: keys are stored in clear.
    /// Every node and the CLI need the same file. Checked at start, see <see cref="KeyRingCertificate"/>.
    /// </summary>
    public string? Certificate { get; set; }

    /// <summary>The password of <see cref="Certificate"/>'s file, if it has one.</summary>
    [PasswordPropertyText]
    public string? CertificatePassword { get; set; }
}
