using Explainer.Cli;

// Thin on purpose: parse the command line, run, map the result to an exit code.
return await CommandLine.Create().Parse(args).InvokeAsync();
