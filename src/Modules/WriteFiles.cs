using System.Collections.Immutable;
using System.Text;
using Explainer.Engine;

namespace Explainer.Modules;

/// <summary>Writes every document that has a destination under the output folder, as UTF-8 without BOM.</summary>
public sealed class WriteFiles(string outputRoot) : IModule
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public async Task<ImmutableArray<IDocument>> ExecuteAsync(ImmutableArray<IDocument> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(outputRoot);
        await Task.WhenAll(inputs.Where(d => d.Destination is not null).Select(async document =>
        {
            var path = Path.GetFullPath(Path.Combine(root, document.Destination!)); // filtered to non-null above
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Destination '{document.Destination}' leaves the output folder.");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a file path under root always has a directory
            await File.WriteAllTextAsync(path, document.Content, Utf8, cancellationToken);
        }));
        return inputs;
    }
}
