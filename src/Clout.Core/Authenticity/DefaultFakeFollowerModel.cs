namespace Clout.Core.Authenticity;

/// <summary>
/// The classifier an audit uses when no model is given: <see cref="FakeFollowerTrainer"/> with its default penalty
/// and a threshold for 96 % specificity, fitted on all 975 hand-labelled followers of Swiss Instagram influencers
/// published by SRF Data (2017, github.com/srfdata/2017-10-instagram-influencers).
/// <para>
/// Licence: these numbers are an adaptation of that dataset, which is CC BY-SA 4.0, so they are too — "Fake-follower
/// weights by Clout, derived from data by SRF Data, CC BY-SA 4.0". They are the only shipped derivative of a labelled
/// set: InstaFake is non-commercial and Cresci's and Kaggle's sets are research-use or unlicensed (docs/authenticity.md).
/// </para>
/// <para>
/// Measured (docs/authenticity.md): 5-fold cross-validation of this recipe on SRF, every follower scored by a model
/// that never saw it — recall on fakes 0.776 at specificity 0.961 (SRF's own random forest: 0.774 at 0.963).
/// A test refits it from the data and fails if these numbers drift from the fit.
/// </para>
/// </summary>
public static class DefaultFakeFollowerModel
{
    public const string Source = "default: logistic regression on SRF Data's 975 labelled followers of Swiss influencers (2017), CC BY-SA 4.0";

    /// <summary>The specificity its threshold was chosen for: a brand should not be told real fans are fake.</summary>
    public const double TargetSpecificity = 0.96;

    public static FakeFollowerModel Model { get; } = new()
    {
        Features = [.. ProfileFeatures.Names],
        Means = [5.895727925318304, 6.5311885535674135, 3.811679992910093, 0.6354606282491021, 2.7195085606573244, 0.07897435897435898, 0.9876923076923076, 0.21743589743589745, 0, 0.0508688277429075, 12.412307692307692, 0, 44.60575698225156, 18.656847322510973, 3.272417799856749],
        Scales = [1.9921683771080214, 1.3969017247631514, 2.0327766942312544, 1.6945656588437044, 2.055461603350936, 0.26983715212002374, 0.11031180231175845, 0.41271325113548885, 1, 0.11827351320531787, 4.044954307122233, 1, 17.812849701220767, 15.20822508590228, 6.164022381137341],
        Weights = [-0.42826719996423745, -0.4034402341505971, -3.1241578676434916, 0.17090751974467056, 2.8154984428248415, -0.795143072737956, 0.06955425831124443, -0.14045406345291053, 0, 0.5549123663977407, 0.19589213237509, 0, 0.4561751956674105, 4.224038389330676, 0.6272808591090214],
        Intercept = -2.2373811617401014,
        Threshold = 0.784332676200177,
        Source = Source,
    };
}
