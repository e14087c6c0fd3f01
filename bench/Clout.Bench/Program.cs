using BenchmarkDotNet.Running;
using Clout.Bench;

BenchmarkSwitcher.FromAssembly(typeof(BenchSize).Assembly).Run(BenchSize.TakeQuickSwitch(args));
