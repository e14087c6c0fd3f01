namespace Clout.Connectors;

/// <summary>Why a platform call failed, as far as the sync must know to decide what to do next.</summary>
internal enum ConnectorFailure
{
    /// <summary>The daily or per-window quota is spent: wait (until the platform's reset, or back off) and resume.</summary>
    QuotaExceeded,

    /// <summary>The platform's own error (5xx) or no answer: retry with back-off.</summary>
    ServerError,

    /// <summary>The token expired or was revoked: no retry helps until someone authorises again.</summary>
    TokenExpired,

    /// <summary>The key or token is not valid for this call (wrong key, missing permission).</summary>
    Unauthorized,

    /// <summary>The account, post or comments do not exist or are not visible (comments turned off).</summary>
    NotFound,

    /// <summary>The platform refused the request as malformed: a bug or an API change; retrying will not help.</summary>
    BadRequest,
}
