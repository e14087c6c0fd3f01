using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Clout.Storage.Workspaces;

/// <summary>The random secrets handed out once (API keys, session keys) and the hash that is all the database keeps of them.</summary>
internal static class SecretKeys
{
    /// <summary>256 bits: beyond guessing, so a fast hash suffices to store them.</summary>
    public const int SecretBytes = 32;

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
