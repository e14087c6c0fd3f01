namespace Clout.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
