using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>
/// A named list of modules per phase, declared as data. Each phase starts from the previous phase's
/// documents of the same pipeline.
/// </summary>
public sealed record Pipeline(string Name)
{
    public ImmutableArray<string> Dependencies { get; init; } = [];
    public ImmutableArray<IModule> Input { get; init; } = [];
    public ImmutableArray<IModule> Process { get; init; } = [];
    public ImmutableArray<IModule> PostProcess { get; init; } = [];
    public ImmutableArray<IModule> Output { get; init; } = [];

    public ImmutableArray<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Output => Output,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };
}
