using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Explainer.Perf -- --filter '*Stages*'   (per-document stages)
// dotnet run -c Release --project bench/Explainer.Perf -- --filter '*Build*'    (whole in-process builds)
// Results go to BenchmarkDotNet.Artifacts/ in the current folder. A shared machine builds slowly,
// hence the long build timeout.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(Explainer.Perf.Stages).Assembly).Run(args, config);
