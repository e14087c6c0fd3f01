using Clout.Core.Engagement;

namespace Clout.Storage.Reads;

/// <summary>
/// The comments under a filter's posts: by influencer, for threads and creator replies, and their authors by post
/// (creator replies left out), which over the whole history are what the authenticity rules look for comment pods in.
/// </summary>
internal sealed record ReportComments(ILookup<long, CommentRef> ByInfluencer, ILookup<long, string> AuthorsByPost);
