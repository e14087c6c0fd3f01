using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Clout.Hosting;

/// <summary>
/// The certificate of <see cref="KeyRingOptions.Certificate"/>, loaded while services are registered because Data
/// Protection takes the certificate itself, not a way to load it later. A file that cannot serve is not thrown there
/// but kept, and reported by the start-up check with the other settings, before anything reads or writes a key.
/// </summary>
internal sealed class KeyRingCertificate : IValidateOptions<KeyRingOptions>
{
    private KeyRingCertificate(X509Certificate2? certificate, string? failure)
    {
        Certificate = certificate;
        Failure = failure;
    }

    /// <summary>Null when the setting is unset or its file cannot serve.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>Why the file cannot serve, naming the setting; null when it can, or is unset.</summary>
    public string? Failure { get; }

    public bool IsSet => Certificate is not null || Failure is not null;

    public static KeyRingCertificate Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[KeyRingOptions.CertificateKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return new KeyRingCertificate(null, null);
        }
        if (!File.Exists(path))
        {
            return Failed($"{KeyRingOptions.CertificateKey} names no file: {path} does not exist");
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[KeyRingOptions.CertificatePasswordKey]);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // The password is named, never shown.
            return Failed($"{KeyRingOptions.CertificateKey} could not be read from {path}: {e.Message.TrimEnd('.')}. " +
                $"It must be a PKCS#12 (.pfx) file that Clout can read, and {KeyRingOptions.CertificatePasswordKey} its password");
        }
        // The key ring's XML encryption wraps each key with the certificate's RSA key; Clout reads the keys back, so it
        // needs the private half too.
        using var privateKey = certificate.GetRSAPrivateKey();
        if (privateKey is null)
        {
            var subject = certificate.Subject;
            certificate.Dispose();
            return Failed($"{KeyRingOptions.CertificateKey} must hold an RSA certificate with its private key; {path} ({subject}) has none");
        }
        return new KeyRingCertificate(certificate, null);
    }

    public ValidateOptionsResult Validate(string? name, KeyRingOptions options) =>
        Failure is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(Failure);

    private static KeyRingCertificate Failed(string failure) => new(null, failure);
}
