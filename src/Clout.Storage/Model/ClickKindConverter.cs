using Clout.Core.Tracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clout.Storage.Model;

/// <summary>Stores click kinds by their names ("human"), which the migrations' SQL and the raw click writers use too.</summary>
internal sealed class ClickKindConverter() : ValueConverter<ClickKind, string>(
    k => ClickKindNames.ToName(k),
    s => ClickKindNames.Parse(s));
