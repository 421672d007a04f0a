using Explainer.Bench;

// Edit → page latency of the preview against `hugo -w` on the same text, in one run, on this machine.
var options = BenchOptions.Parse(args);
return await EditLatencyBench.RunAsync(options, CancellationToken.None);
