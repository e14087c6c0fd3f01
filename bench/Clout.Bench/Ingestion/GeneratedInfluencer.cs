using Clout.Core.Roster;

namespace Clout.Bench.Ingestion;

internal sealed record GeneratedInfluencer(string Handle, Platform Platform, long Followers, string Niche, string Country);
