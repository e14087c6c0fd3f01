namespace Clout.Core.Authenticity;

/// <summary>
/// A fitted fake-follower classifier: L2-regularised logistic regression on standardised <see cref="ProfileFeatures"/>.
/// Saved as JSON by <c>clout audit train</c>; the same shape is the shipped default.
/// A feature the training data never had keeps weight 0, and a value missing at scoring time adds nothing (it sits at
/// the training mean), so one model serves samples with and without usernames or biographies.
/// </summary>
public sealed record FakeFollowerModel
{
    public required IReadOnlyList<string> Features { get; init; }

    public required IReadOnlyList<double> Means { get; init; }

    public required IReadOnlyList<double> Scales { get; init; }

    public required IReadOnlyList<double> Weights { get; init; }

    public required double Intercept { get; init; }

    /// <summary>A follower whose fake probability is at or above this is counted as fake in the share.</summary>
    public required double Threshold { get; init; }

    /// <summary>Where the model came from (data, rows, licence), shown with every audit made with it.</summary>
    public string Source { get; init; } = "";

    /// <summary>Null when the model fits this build's features; otherwise what is wrong, for a clear error.</summary>
    public string? Problem()
    {
        var n = ProfileFeatures.Count;
        if (Features is null || !Features.SequenceEqual(ProfileFeatures.Names))
        {
            return $"the model's features do not match this version's ({string.Join(",", ProfileFeatures.Names)})";
        }
        if (Means is null || Scales is null || Weights is null || Means.Count != n || Scales.Count != n || Weights.Count != n)
        {
            return $"the model needs {n} means, scales and weights";
        }
        if (!Means.Concat(Scales).Concat(Weights).Append(Intercept).All(double.IsFinite) || Scales.Any(s => s <= 0))
        {
            return "the model holds a non-finite number or a scale that is not positive";
        }
        return Threshold is > 0 and < 1 ? null : "the model's threshold must lie strictly between 0 and 1";
    }

    /// <summary>P(fake) for one profile.</summary>
    public double FakeProbability(FollowerProfile profile)
    {
        Span<double> features = stackalloc double[ProfileFeatures.Count];
        ProfileFeatures.Fill(profile, features);
        return FakeProbability(features);
    }

    internal double FakeProbability(ReadOnlySpan<double> features)
    {
        var z = Intercept;
        for (var i = 0; i < features.Length; i++)
        {
            // A missing value is the training mean: it contributes nothing either way.
            if (!double.IsNaN(features[i]))
            {
                z += Weights[i] * (features[i] - Means[i]) / Scales[i];
            }
        }
        return Logistic(z);
    }

    internal static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
