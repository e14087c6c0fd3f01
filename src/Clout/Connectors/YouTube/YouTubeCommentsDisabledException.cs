namespace Clout.Connectors.YouTube;

/// <summary>YouTube's 403 "commentsDisabled": the video has no comments to read, which is not a failure of the sync.</summary>
internal sealed class YouTubeCommentsDisabledException() : Exception("The video's comments are turned off.");
