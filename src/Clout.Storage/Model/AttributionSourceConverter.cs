using Clout.Core.Attribution;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clout.Storage.Model;

/// <summary>Stores attribution sources by their names ("code"), as the API shows them.</summary>
internal sealed class AttributionSourceConverter() : ValueConverter<AttributionSource, string>(
    v => AttributionSourceNames.ToName(v),
    s => AttributionSourceNames.Parse(s));
