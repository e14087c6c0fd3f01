namespace Clout.Core.Authenticity;

/// <summary>A profile with a human's verdict, for training and evaluation.</summary>
public sealed record LabelledProfile(FollowerProfile Profile, bool IsFake);
