using System.Xml;
using System.Xml.Linq;
using Clout.Storage.Model;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Cluster;

/// <summary>
/// Moves a key ring kept in a folder (where Data Protection puts it by default) into the database, once: while the
/// database holds no key. Secrets stored before the keys moved stay readable, on every node and in the CLI.
/// </summary>
public static class KeyRingImport
{
    /// <summary>Copies the folder's key files into the database if it holds no key yet; returns how many it copied.</summary>
    public static async Task<int> ImportAsync(CloutDbContext db, DirectoryInfo? folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (folder is null || !folder.Exists || await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return 0;
        }
        // As the folder's own repository reads it: every *.xml file is one element of the ring.
        var keys = new List<DataProtectionKey>();
        foreach (var file in folder.EnumerateFiles("*.xml", SearchOption.TopDirectoryOnly).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            XElement element;
            try
            {
                await using var stream = file.OpenRead();
                element = await XElement.LoadAsync(stream, LoadOptions.None, cancellationToken);
            }
            catch (XmlException e)
            {
                throw new InvalidOperationException($"The key file {file.FullName} is not XML ({e.Message}); move it away or repair it, then start again.", e);
            }
            keys.Add(new DataProtectionKey
            {
                FriendlyName = Path.GetFileNameWithoutExtension(file.Name),
                Xml = element.ToString(SaveOptions.DisableFormatting),
            });
        }
        db.DataProtectionKeys.AddRange(keys);
        await db.SaveChangesAsync(cancellationToken);
        return keys.Count;
    }
}
