namespace Clout.Storage.Surveys;

/// <summary>A survey's life: drafted, live (public endpoints serve it), closed (they answer 404).</summary>
public static class SurveyStates
{
    public const string Draft = "draft";
    public const string Live = "live";
    public const string Closed = "closed";
}
