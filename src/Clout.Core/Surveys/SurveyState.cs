using Clout.Core.Names;

namespace Clout.Core.Surveys;

/// <summary>A survey's life: drafted, live (public endpoints serve it), closed (they answer 404).</summary>
[StoredByName]
public enum SurveyState
{
    /// <summary>Created, never published: only the dashboard sees it.</summary>
    Draft,

    /// <summary>Published: the widget shows its live version and answers are taken.</summary>
    Live,

    /// <summary>Closed: the public endpoints answer 404 until it is published again.</summary>
    Closed,
}
