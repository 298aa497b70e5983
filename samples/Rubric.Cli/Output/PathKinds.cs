using System.Runtime.InteropServices;

namespace Rubric.Cli.Output;

/// <summary>
/// Tells a regular file from a device, a FIFO or a socket. .NET has no API for it (its file
/// attributes call them all files), so on Linux this asks the kernel with <c>statx</c>, whose
/// buffer has the same layout on every architecture. Elsewhere, or where <c>statx</c> is missing
/// (a C library older than glibc 2.28), everything that is not a folder counts as a regular file.
/// </summary>
internal static partial class PathKinds
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint TypeOnly = 0x1; // STATX_TYPE
    private const int ModeOffset = 28; // struct statx: stx_mask, stx_blksize, stx_attributes, stx_nlink, stx_uid, stx_gid, then stx_mode
    private const int NoSuchFile = 2; // ENOENT
    private const int NotAFolder = 20; // ENOTDIR
    private const int TooManyLinks = 40; // ELOOP

    /// <summary>What <paramref name="path"/> names, following symbolic links.</summary>
    /// <exception cref="UserDataException">The links loop, or the path cannot be examined.</exception>
    public static PathKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && TryStatx(path, out var kind))
        {
            return kind;
        }

        return Directory.Exists(path) ? PathKind.Folder : File.Exists(path) ? PathKind.RegularFile : PathKind.Missing;
    }

    private static bool TryStatx(string path, out PathKind kind)
    {
        kind = PathKind.Missing;
        var buffer = new byte[256];
        int result;
        try
        {
            result = Statx(CurrentFolder, path, 0, TypeOnly, buffer);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        if (result != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno switch
            {
                NoSuchFile or NotAFolder => true,
                TooManyLinks => throw new UserDataException($"{Engine.DisplayText.Escape(path)}: the symbolic links loop or are nested too deeply."),
                _ => false,
            };
        }

        kind = (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => PathKind.RegularFile,
            0x4000 => PathKind.Folder,
            0x2000 => PathKind.CharacterDevice,
            0x1000 => PathKind.Fifo,
            0x6000 => PathKind.BlockDevice,
            0xC000 => PathKind.Socket,
            _ => PathKind.RegularFile,
        };
        return true;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, [Out] byte[] buffer);
}
