namespace Rubric.Cli.Output;

/// <summary>What a path names once symbolic links are followed, as far as writing to it is concerned.</summary>
internal enum PathKind
{
    /// <summary>Nothing yet (a dangling link counts too): a regular file will be created.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A character device, such as <c>/dev/null</c> or a terminal.</summary>
    CharacterDevice,

    /// <summary>A FIFO (named pipe), or a pipe reached through <c>/dev/stdout</c>.</summary>
    Fifo,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}
