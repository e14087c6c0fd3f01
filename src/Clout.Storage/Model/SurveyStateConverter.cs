using Clout.Core.Surveys;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clout.Storage.Model;

/// <summary>Stores survey states by their names ("live"), as the API and the pages show them.</summary>
internal sealed class SurveyStateConverter() : ValueConverter<SurveyState, string>(
    v => SurveyStateNames.ToName(v),
    s => SurveyStateNames.Parse(s));
