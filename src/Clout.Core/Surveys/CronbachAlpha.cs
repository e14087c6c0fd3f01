namespace Clout.Core.Surveys;

/// <summary>
/// Cronbach's alpha, the internal consistency of a multi-item scale (e.g. Ohanian's five trustworthiness items):
/// α = k/(k−1) · (1 − Σ var(item) / var(total)), with sample variances (n − 1). Respondents who skipped an item are
/// left out, since alpha compares complete answer sets.
/// </summary>
public static class CronbachAlpha
{
    /// <summary>Alpha needs two items to compare and two respondents to have a variance.</summary>
    public const int MinItems = 2;

    public const int MinRespondents = 2;

    /// <summary>Alpha of <paramref name="respondents"/>' answers (one row each, one column per item); null when undefined.</summary>
    public static double? Of(IReadOnlyList<IReadOnlyList<double?>> respondents)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        var complete = respondents.Where(r => r.All(a => a is not null)).Select(r => r.Select(a => a!.Value).ToArray()).ToList();
        if (complete.Count < MinRespondents)
        {
            return null;
        }
        var items = complete[0].Length;
        if (items < MinItems || complete.Any(r => r.Length != items))
        {
            return null;
        }
        var itemVariances = Enumerable.Range(0, items).Sum(i => SampleVariance(complete.Select(r => r[i])));
        var totalVariance = SampleVariance(complete.Select(r => r.Sum()));
        // Everyone gave the same totals: no spread to explain, and alpha is not defined.
        if (totalVariance <= 0)
        {
            return null;
        }
        return items / (items - 1.0) * (1 - (itemVariances / totalVariance));
    }

    private static double SampleVariance(IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        return list.Sum(v => (v - mean) * (v - mean)) / (list.Count - 1);
    }
}
