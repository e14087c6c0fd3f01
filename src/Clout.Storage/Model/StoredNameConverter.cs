using Clout.Core.Names;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clout.Storage.Model;

/// <summary>Stores a <see cref="StoredByNameAttribute"/> enum by its name ("human", "api", "live"), as the API shows it.</summary>
internal sealed class StoredNameConverter<TEnum>() : ValueConverter<TEnum, string>(
    v => v.ToName(),
    s => StoredNames.Parse<TEnum>(s))
    where TEnum : struct, Enum;
