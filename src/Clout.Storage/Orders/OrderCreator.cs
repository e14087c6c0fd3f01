using Clout.Core.Roster;

namespace Clout.Storage.Orders;

/// <summary>A creator named by a shop export: a rostered influencer's handle (without the @) on a platform.</summary>
public sealed record OrderCreator(Platform Platform, string Handle);
