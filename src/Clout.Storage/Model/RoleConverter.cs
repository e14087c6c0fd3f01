using Clout.Core.Access;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clout.Storage.Model;

/// <summary>Stores roles by their names ("owner"), the values of the sign-in cookie's role claims.</summary>
internal sealed class RoleConverter() : ValueConverter<Role, string>(
    v => RoleNames.ToName(v),
    s => RoleNames.Parse(s));
