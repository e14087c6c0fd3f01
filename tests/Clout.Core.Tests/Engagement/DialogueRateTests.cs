using Clout.Core.Engagement;

namespace Clout.Core.Tests.Engagement;

public sealed class DialogueRateTests
{
    private static CommentRef Fan(string id, string? parent = null) => new(id, parent, false);

    private static CommentRef Creator(string id, string? parent = null) => new(id, parent, true);

    [Fact]
    public void Count_MixedComments_CountsFanThreadsAndThoseTheCreatorAnswered()
    {
        CommentRef[] comments =
        [
            Fan("c1"),                 // thread, answered by r1 (and r2)
            Fan("c2"),                 // thread, only a fan replied
            Fan("c3"),                 // thread, unanswered
            Creator("c4"),             // the creator's own top-level comment: not a thread
            Fan("c5", parent: ""),     // an empty parent is top level: thread, unanswered
            Creator("r1", "c1"),
            Creator("r2", "c1"),       // a second answer to c1 does not count twice
            Fan("r3", "c2"),           // a fan's reply answers nothing
            Creator("r4", "ghost"),    // reply to a comment we do not have: ignored
            Creator("r5", "c4"),       // reply under the creator's own comment: not a thread
        ];

        // Threads: c1, c2, c3, c5 = 4. Answered: c1 = 1.
        Assert.Equal((4, 1), DialogueRate.Count(comments));
    }

    [Fact]
    public void Of_MixedComments_IsAnsweredOverThreads()
    {
        CommentRef[] comments = [Fan("c1"), Fan("c2"), Fan("c3"), Fan("c4"), Creator("r1", "c1"), Creator("r3", "c3"), Creator("r9", "nope")];

        // 2 answered (c1, c3) of 4 threads = 0.5
        Assert.Equal(0.5, Assert.NotNull(DialogueRate.Of(comments)), 1e-12);
    }

    [Fact]
    public void Of_ReplyListedBeforeItsThread_StillCounts()
    {
        CommentRef[] comments = [Creator("r1", "c1"), Fan("c1"), Fan("c2")];

        // c1 answered, c2 not: 1 / 2
        Assert.Equal(0.5, Assert.NotNull(DialogueRate.Of(comments)), 1e-12);
    }

    [Fact]
    public void Of_EveryThreadAnswered_IsOne()
    {
        CommentRef[] comments = [Fan("a"), Creator("ra", "a"), Fan("b"), Creator("rb", "b")];

        Assert.Equal(1.0, Assert.NotNull(DialogueRate.Of(comments)), 1e-12);
    }

    [Fact]
    public void Of_ThreadsButNoCreatorReplies_IsZeroNotNull()
    {
        CommentRef[] comments = [Fan("a"), Fan("b"), Fan("rb", "b")];

        Assert.Equal(0.0, Assert.NotNull(DialogueRate.Of(comments)), 1e-12);
    }

    [Fact]
    public void Of_ParentIdsAreCaseSensitive()
    {
        // Platform ids are opaque: "C1" is not "c1".
        CommentRef[] comments = [Fan("c1"), Creator("r1", "C1")];

        Assert.Equal(0.0, Assert.NotNull(DialogueRate.Of(comments)), 1e-12);
    }

    [Fact]
    public void Of_NoComments_IsNull()
    {
        Assert.Null(DialogueRate.Of([]));
        Assert.Equal((0, 0), DialogueRate.Count([]));
    }

    [Fact]
    public void Of_OnlyCreatorComments_IsNull()
    {
        CommentRef[] comments = [Creator("c1"), Creator("r1", "c1"), Creator("r2", "elsewhere")];

        Assert.Null(DialogueRate.Of(comments));
    }

    [Fact]
    public void Of_OnlyRepliesToUnknownParents_IsNull()
    {
        CommentRef[] comments = [Creator("r1", "gone"), Fan("r2", "gone")];

        Assert.Null(DialogueRate.Of(comments));
    }

    [Fact]
    public void Count_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DialogueRate.Count(null!));
    }
}
