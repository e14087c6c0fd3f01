namespace Clout.Storage.Ingestion;

/// <summary>A preset as a user sees it: the name <c>--preset</c> takes and what export it reads.</summary>
public sealed record ImportPresetInfo(string Name, string Description);
