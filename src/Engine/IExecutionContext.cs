using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>What a module may see while it runs.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    DiagnosticBag Diagnostics { get; }

    /// <summary>
    /// The Process-phase documents of another pipeline, within Statiq's visibility rules: Process sees
    /// its dependencies, PostProcess sees every pipeline, Input and Output see none. Asking for more is
    /// a bug in the pipeline declarations, so it throws.
    /// </summary>
    ImmutableArray<IDocument> OutputsOf(string pipelineName);

    /// <summary>Every pipeline's Process-phase documents; only PostProcess may ask.</summary>
    ImmutableArray<IDocument> AllOutputs();

    /// <summary>
    /// This module's pieces of work from its last run, reusable while the dependencies each recorded
    /// are unchanged: how a module re-does only the documents a change affects.
    /// </summary>
    WorkCache Work { get; }
}
