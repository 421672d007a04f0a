using System.Runtime.InteropServices;

namespace Explainer.Engine;

/// <summary>
/// A hint to the file system about where a clean build's folders go on disk: the staging folder, and
/// each of its folders that holds many folders (see <c>WriteFiles.FreshFolder</c>), are marked as tops
/// of directory hierarchies (ext4's <c>FS_TOPDIR_FL</c>, what <c>chattr +T</c> sets), so ext4's Orlov
/// allocator spreads the folders made in them across block groups instead of packing a site's 31
/// inodes per article into the groups of its parent.
/// </summary>
/// <remarks>
/// <para>
/// Why it matters: on ext4 without a journal, a new inode skips every inode of its group freed in the
/// last 30 seconds (<c>recently_deleted()</c> in <c>fs/ext4/ialloc.c</c>), scanning the group from its
/// start each time. Rebuilding a site right after deleting the previous one (a clean build, a CI job,
/// a benchmark) then costs a scan per file over the thousands of inodes just freed in the same groups:
/// a model of a 1,000-article site (31,000 folders and files, made again right after deleting it) took
/// 10–28 s instead of 2.6 s. Spread by the mark, each group holds only a few recently freed inodes.
/// </para>
/// <para>
/// Only placement changes: not a byte of any file, nor any permission. Where the file system has no such
/// flag (tmpfs, Btrfs, XFS, other systems) the call fails and is ignored, once per folder it is tried on.
/// </para>
/// </remarks>
public static class FolderPlacement
{
    /// <summary>Marks <paramref name="folder"/> as the top of its hierarchies where the file system allows; true if marked.</summary>
    public static bool TryMarkTop(string folder) => WithFlags(folder, mark: true);

    /// <summary>Whether <paramref name="folder"/> carries the mark (false where the file system has none).</summary>
    public static bool IsMarkedTop(string folder) => WithFlags(folder, mark: false);

    private static bool WithFlags(string folder, bool mark)
    {
        if (!OperatingSystem.IsLinux() || IntPtr.Size != 8) // the request numbers below are a 64-bit Linux's
        {
            return false;
        }
        try
        {
            var fd = NativeMethods.open(folder, ReadOnly | CloseOnExec);
            if (fd < 0)
            {
                return false;
            }
            try
            {
                // The kernel reads and writes an int, whatever the request's encoded size says.
                var flags = 0;
                if (NativeMethods.ioctl(fd, GetFlags, ref flags) != 0)
                {
                    return false;
                }
                if ((flags & TopDir) != 0 || !mark)
                {
                    return (flags & TopDir) != 0;
                }
                flags |= TopDir;
                return NativeMethods.ioctl(fd, SetFlags, ref flags) == 0;
            }
            finally
            {
                NativeMethods.close(fd);
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000; // O_CLOEXEC (02000000, the same on x86-64 and arm64)
    private const int TopDir = 0x00020000; // FS_TOPDIR_FL
    private static readonly nuint GetFlags = 0x80086601; // FS_IOC_GETFLAGS
    private static readonly nuint SetFlags = 0x40086602; // FS_IOC_SETFLAGS

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int open(string path, int flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int ioctl(int fd, nuint request, ref int flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int close(int fd);
    }
}
