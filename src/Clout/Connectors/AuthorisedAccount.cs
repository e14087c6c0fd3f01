namespace Clout.Connectors;

/// <summary>What a creator's authorisation yields: the credentials to store (encrypted) and the platform's id of their account.</summary>
internal sealed record AuthorisedAccount(ConnectionCredentials Credentials, string AccountId);
