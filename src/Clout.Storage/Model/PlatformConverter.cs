using Clout.Core.Roster;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clout.Storage.Model;

/// <summary>Stores platforms by their lower-case names ("instagram"), as they appear in files and URLs.</summary>
internal sealed class PlatformConverter() : ValueConverter<Platform, string>(
    p => PlatformNames.ToName(p),
    s => PlatformNames.Parse(s));
