using Clout.Core.Orders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clout.Storage.Model;

/// <summary>Stores order channels by their names ("api"), as the API shows them.</summary>
internal sealed class OrderChannelConverter() : ValueConverter<OrderChannel, string>(
    v => OrderChannelNames.ToName(v),
    s => OrderChannelNames.Parse(s));
