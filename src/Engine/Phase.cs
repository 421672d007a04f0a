namespace Explainer.Engine;

/// <summary>The four phases of a pipeline, in the order the engine runs them.</summary>
public enum Phase
{
    /// <summary>Reads documents; sees nothing of other pipelines; all pipelines' Input run at once.</summary>
    Input,

    /// <summary>Transforms; sees the Process outputs of the pipeline's (transitive) dependencies.</summary>
    Process,

    /// <summary>Runs after every Process phase; sees the Process outputs of all pipelines.</summary>
    PostProcess,

    /// <summary>Writes; sees only its own pipeline's documents.</summary>
    Output,
}
