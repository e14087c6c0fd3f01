using BenchmarkDotNet.Running;
using Clout.Bench;
using Clout.Bench.Comments;
using Clout.Bench.Reports;

// `comments FILE` is the console mode that bench/comments/run.sh times beside Node; everything else is BenchmarkDotNet.
if (args is ["comments", .. var rest])
{
    return CommentThroughput.Run(rest);
}

// report-data, report-orders and report-time are the console modes of bench/report/run.sh (the tier report at scale).
if (args is [var mode, .. var reportArgs] && mode.StartsWith("report-", StringComparison.Ordinal))
{
    return ReportTiming.Run(mode, reportArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(BenchSize).Assembly).Run(BenchSize.TakeQuickSwitch(args));
return 0;
