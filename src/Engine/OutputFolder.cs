using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>
/// Moves a finished build from its staging folder into the output folder. Nothing reaches the output
/// until a build has passed, so a failed build leaves the previous site exactly as it was.
/// </summary>
public static class OutputFolder
{
    /// <summary>
    /// Two renames, so readers of the output folder see the old site or the new one, never half of each.
    /// Returns every file of the new site.
    /// </summary>
    public static ImmutableArray<string> Swap(string staging, string output)
    {
        var files = RelativeFiles(staging);
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
    /// Makes the output folder equal the staging folder while touching only the files that differ:
    /// each changed file is written beside its target and renamed into place (readers see its old
    /// bytes or its new ones, and the staging folder may be on another file system), files the new site
    /// no longer has are deleted, and unchanged files keep their bytes and times. Returns the files
    /// created, changed or deleted ('/'-separated, ordinal order).
    /// </summary>
    public static ImmutableArray<string> Mirror(string staging, string output)
    {
        var staged = RelativeFiles(staging);
        var changed = new List<string>();
        Directory.CreateDirectory(output);
        // Stale files first, so a file the new site replaces with a folder of the same name is gone.
        foreach (var stale in RelativeFiles(output).Where(f => !staged.Contains(f)))
        {
            File.Delete(Path.Combine(output, stale));
            changed.Add(stale);
        }
        DeleteEmptyFolders(output);
        foreach (var file in staged.Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(Path.Combine(staging, file));
            var target = Path.Combine(output, file);
            if (HasBytes(target, bytes))
            {
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!); // a file below output has a parent
            var temporary = target + ".explainer-new";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, target, overwrite: true);
            changed.Add(file);
        }
        return [.. changed.Order(StringComparer.Ordinal)];
    }

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

    private static bool HasBytes(string path, byte[] bytes)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static void DeleteEmptyFolders(string root)
    {
        // Deepest first, so a folder emptied by removing its empty children goes too.
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }
}
