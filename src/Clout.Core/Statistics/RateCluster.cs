namespace Clout.Core.Statistics;

/// <summary>
/// One influencer's counts behind a pooled rate: events (orders, engagements, repeat buyers) over exposure (visitors,
/// reach, first-time customers). The cluster bootstrap resamples these pairs whole.
/// </summary>
public readonly record struct RateCluster
{
    public RateCluster(double events, double exposure)
    {
        if (!double.IsFinite(events) || events < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(events), events, "Events must be a finite count of at least 0.");
        }
        if (!double.IsFinite(exposure) || exposure < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exposure), exposure, "Exposure must be a finite count of at least 0.");
        }
        Events = events;
        Exposure = exposure;
    }

    public double Events { get; }

    public double Exposure { get; }
}
