using System.Text.Json;
using Clout.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace Clout.Connectors;

/// <summary>Connections' keys and tokens, encrypted as one JSON document each (see <see cref="ProtectedSecrets"/>).</summary>
internal sealed class ConnectionSecrets(IDataProtectionProvider provider) : ProtectedSecrets(provider, Purpose)
{
    public const string Purpose = "Clout.Connectors.Credentials";

    public string ProtectCredentials(ConnectionCredentials credentials) => Protect(JsonSerializer.Serialize(credentials));

    /// <summary>The credentials in clear, or null when the key ring that protected them is gone (or the text is not theirs).</summary>
    public ConnectionCredentials? UnprotectCredentials(string protectedCredentials)
    {
        if (Unprotect(protectedCredentials) is not { } json)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ConnectionCredentials>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
