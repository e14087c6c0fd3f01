using System.Security.Cryptography;
using System.Text;

namespace Clout.Storage.Surveys;

/// <summary>How a widget's respondent id is kept: its SHA-256, so the id a browser made up is never stored as sent.</summary>
public static class SurveyRespondents
{
    public static string Hash(string respondentId)
    {
        ArgumentNullException.ThrowIfNull(respondentId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(respondentId)));
    }
}
