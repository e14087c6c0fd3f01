using BenchmarkDotNet.Running;
using Clout.Bench;
using Clout.Bench.Comments;

// `comments FILE` is the console mode that bench/comments/run.sh times beside Node; everything else is BenchmarkDotNet.
if (args is ["comments", .. var rest])
{
    return CommentThroughput.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(BenchSize).Assembly).Run(BenchSize.TakeQuickSwitch(args));
return 0;
