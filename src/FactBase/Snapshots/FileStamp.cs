using System;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace FactBase.Snapshots;

/// <summary>
/// What the file system says about a file without reading it: device, inode, size, and the times of its last write
/// (mtime) and last change of any kind (ctime). Any write to the file, a rename onto it or a change of its times moves
/// the ctime, which no program can set back; so while a file's stamp is unchanged, its content is unchanged.
/// </summary>
/// <remarks>
/// A time is only as fine as the file system's clock: a file written twice in the same tick keeps one ctime. A stamp is
/// therefore trusted only once it is older than <see cref="SettleTime"/> (<see cref="IsSettled"/>): a later write then
/// gives a later ctime. Read with <c>statx</c> on Linux; elsewhere there is no stamp and callers read the content.
/// </remarks>
internal readonly partial record struct FileStamp(ulong Device, ulong Inode, long Size, long ModifiedNanoseconds, long ChangedNanoseconds)
{
    /// <summary>How old a stamp must be before it is trusted: far more than any file system's clock tick.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7FF;
    private const uint StatxNeeded = 0x200 | 0x100 | 0x40 | 0x80; // size, ino, mtime, ctime

    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Whether the stamp was taken long enough after the file's last change to be trusted (see remarks).</summary>
    /// <param name="now">The time before the stamp was taken.</param>
    public bool IsSettled(DateTime now)
    {
        var limit = (now.ToUniversalTime() - SettleTime - DateTime.UnixEpoch).Ticks * 100;
        return ChangedNanoseconds < limit && ModifiedNanoseconds < limit;
    }

    /// <summary>The stamp of the file at <paramref name="path"/> (following links), or <see langword="null"/> where stamps are not available.</summary>
    public static FileStamp? Of(string path) => Stat(AtFdCwd, path, 0);

    /// <summary>The stamp of an open file, or <see langword="null"/> where stamps are not available.</summary>
    public static FileStamp? Of(SafeFileHandle file)
    {
        var added = false;
        try
        {
            file.DangerousAddRef(ref added);
            return Stat((int)file.DangerousGetHandle(), string.Empty, AtEmptyPath);
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Device}:{Inode}:{Size}:{ModifiedNanoseconds}:{ChangedNanoseconds}");

    private static unsafe FileStamp? Stat(int directory, string path, int flags)
    {
        if (_unavailable)
        {
            return null;
        }

        var buffer = stackalloc byte[256];
        var name = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, 0, path.Length, name, 0);
        try
        {
            int status;
            fixed (byte* at = name)
            {
                status = NativeMethods.Statx(directory, at, flags, StatxBasicStats, buffer);
            }

            if (status != 0
                || (*(uint*)buffer & StatxNeeded) != StatxNeeded)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return null;
        }

        // struct statx: stx_ino at 32, stx_size at 40, stx_ctime at 96, stx_mtime at 112 ({ int64 sec; uint32 nsec }),
        // stx_dev_major and stx_dev_minor at 136 and 140.
        static long Time(byte* at) => (*(long*)at * 1_000_000_000L) + *(uint*)(at + 8);
        var device = ((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140);
        return new FileStamp(device, *(ulong*)(buffer + 32), *(long*)(buffer + 40), Time(buffer + 112), Time(buffer + 96));
    }

    private static unsafe partial class NativeMethods
    {
        // The path as NUL-terminated UTF-8 bytes.
        [LibraryImport("libc", EntryPoint = "statx")]
        internal static partial int Statx(int directory, byte* path, int flags, uint mask, byte* buffer);
    }
}
