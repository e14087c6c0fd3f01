using Clout.Storage.Ingestion;

namespace Clout.Imports;

public sealed record ImportResponse(string Kind, int Rows, int Inserted, int Updated)
{
    public static ImportResponse Of(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(ImportKinds.Name(result.Kind), result.Rows, result.Inserted, result.Updated);
    }
}

public sealed record ImportErrorResponse(long Line, string? Field, string Message);
