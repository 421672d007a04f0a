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
    /// Two renames, so readers of the output folder see the old site or the new one, never half of each.
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
    /// Deletes a folder and everything in it. The folders two levels down (an article's sections, each
    /// explainer's embeds) go on several threads at once, then the folders one level down (an
    /// article's own files): deleting is mostly waiting, and on a disk mounted with <c>discard</c> each
    /// freed file waits for its blocks to be trimmed (a 1,000-article site took 6.6 s on one thread
    /// and 2.1 s on eight). Links are never followed: a linked folder is left to the last,
    /// single-threaded delete, which removes the link and not what it points to. Whatever cannot be
    /// deleted makes that last delete throw, as it would alone.
    /// </summary>
    public static void Delete(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        var children = new List<DirectoryInfo>();
        var grandchildren = new List<DirectoryInfo>();
        try
        {
            foreach (var child in new DirectoryInfo(folder).EnumerateDirectories().Where(d => d.LinkTarget is null))
            {
                children.Add(child);
                grandchildren.AddRange(child.EnumerateDirectories().Where(d => d.LinkTarget is null));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            children.Clear(); // unreadable: the delete below says why
            grandchildren.Clear();
        }
        DeleteOnThreads(grandchildren);
        DeleteOnThreads(children);
        Directory.Delete(folder, recursive: true);
    }

    private static void DeleteOnThreads(List<DirectoryInfo> folders)
    {
        if (folders.Count < 2)
        {
            return;
        }
        Parallel.ForEach(folders, new ParallelOptions { MaxDegreeOfParallelism = DeleteThreads }, folder =>
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left in place; the delete of the whole folder reports it.
            }
        });
    }

    private const int DeleteThreads = 8;

    private static HashSet<string> RelativeFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal)
            : [];
}
