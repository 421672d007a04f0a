using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>
/// The output folder's housekeeping: a clean build's staging folder swapped in whole, and the files an
/// incremental build no longer has deleted. Nothing reaches the output until a build has passed, so a
/// failed build leaves the previous site exactly as it was.
/// </summary>
public static class OutputFolder
{
    /// <summary>
    /// Puts the staging folder in the output's place. On Linux one atomic exchange (renameat2), so readers
    /// of the output folder see the old site or the new one, never half of each; elsewhere, or where the
    /// output does not exist yet, renames (the old output to <c>&lt;output&gt;.previous</c>, the staging
    /// folder to the output), so a build killed between them leaves the previous site for
    /// <see cref="RecoverSwap"/> to put back.
    /// Returns every file of the new site: <paramref name="files"/>, the files the build wrote into the
    /// staging folder ('/'-separated, relative to it), in ordinal order.
    /// </summary>
    public static ImmutableArray<string> Swap(string staging, string output, IEnumerable<string> files)
    {
        var previous = output + ".previous";
        Delete(previous);
        if (Directory.Exists(output) && Exchange(staging, output))
        {
            // One atomic step: a build killed at any moment leaves the old site or the new one in place.
            Delete(staging);
            return [.. files.Order(StringComparer.Ordinal)];
        }
        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }
        Directory.Move(staging, output);
        Delete(previous);
        return [.. files.Order(StringComparer.Ordinal)];
    }

    /// <summary>Deletes every file of the folder but those named (and the folders left empty); returns the deleted files.</summary>
    public static ImmutableArray<string> DeleteAllBut(string folder, IReadOnlySet<string> keep) =>
        Directory.Exists(folder) ? DeleteFiles(folder, RelativeFiles(folder).Where(f => !keep.Contains(f))) : [];

    /// <summary>
    /// Where <see cref="Swap"/> could not exchange atomically and was killed between its two renames, the
    /// previous site is in <c>&lt;output&gt;.previous</c> and there is no output: put it back.
    /// </summary>
    public static void RecoverSwap(string output)
    {
        var previous = output + ".previous";
        if (Directory.Exists(previous) && !Directory.Exists(output) && !File.Exists(output))
        {
            Directory.Move(previous, output);
        }
    }

    /// <summary>Linux's renameat2(RENAME_EXCHANGE): swaps two paths atomically. False where unsupported.</summary>
    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            return NativeMethods.renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    private static class NativeMethods
    {
        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true, CharSet = System.Runtime.InteropServices.CharSet.Ansi)]
        [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
        internal static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
    }

    /// <summary>
    /// Deletes files ('/'-separated, relative to the folder) that exist, and the folders they leave
    /// empty; returns the deleted files in ordinal order.
    /// </summary>
    public static ImmutableArray<string> DeleteFiles(string folder, IEnumerable<string> files)
    {
        var root = Path.GetFullPath(folder);
        var deleted = new List<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var path = Path.GetFullPath(Path.Combine(root, file));
            if (!File.Exists(path))
            {
                continue;
            }
            File.Delete(path);
            deleted.Add(file);
            // Up to, never including, the folder itself.
            for (var parent = Path.GetDirectoryName(path); parent is not null && parent.Length > root.Length && !Directory.EnumerateFileSystemEntries(parent).Any(); parent = Path.GetDirectoryName(parent))
            {
                Directory.Delete(parent);
            }
        }
        return [.. deleted];
    }

    /// <summary>
    /// Deletes a folder and everything in it, if it exists. Links are never followed: a link inside it is
    /// removed, not what it points to.
    /// </summary>
    public static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static HashSet<string> RelativeFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal)
            : [];
}
