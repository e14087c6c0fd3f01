namespace Clout.Surveys;

/// <summary>Settings of the public survey endpoints, bound from the "Surveys" section (e.g. Surveys__PermitsPerMinute).</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>
    /// Requests (definition loads and responses) one client address may make per minute. A person answers one survey
    /// in minutes; a shop's visitors behind one carrier NAT share an address, so the limit only stops scripted floods.
    /// </summary>
    public int PermitsPerMinute { get; set; } = 120;

    /// <summary>Requests from the machine itself are not limited (a local reverse proxy, load tests).</summary>
    public bool ExemptLoopback { get; set; } = true;
}
