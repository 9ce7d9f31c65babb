using System.Runtime.InteropServices;

namespace SanctionsWatch.Cli;

/// <summary>
/// The process's file-creation mask: at least <c>027</c> (as the systemd unit's <c>UMask=0027</c>), so what SQLite,
/// Serilog and the archive create is 0640 (folders 0750) whoever starts the program; a stricter mask is kept.
/// </summary>
internal static partial class FileModes
{
    private const uint GroupWriteAndOthers = 0x17; // 027 octal

    public static void RestrictUmask()
    {
        if (OperatingSystem.IsWindows())
            return;
        var current = NativeMethods.umask(GroupWriteAndOthers);
        NativeMethods.umask(current | GroupWriteAndOthers);
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "umask")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code for a one-line call that marshals nothing
        internal static extern uint umask(uint mask);
#pragma warning restore SYSLIB1054
    }
}
