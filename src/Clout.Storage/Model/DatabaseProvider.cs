namespace Clout.Storage.Model;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
