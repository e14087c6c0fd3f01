namespace Clout.Storage.Tracking;

/// <summary>What a tracking-link request was. Only <see cref="Human"/> counts as a click in reports.</summary>
public static class ClickKinds
{
    public const string Human = "human";
    public const string Bot = "bot";
    public const string Preview = "preview";
    public const string Scanner = "scanner";
    public const string Head = "head";
    public const string Internal = "internal";
}
