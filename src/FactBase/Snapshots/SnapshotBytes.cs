using System;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace FactBase.Snapshots;

/// <summary>
/// The bytes of a snapshot at a fixed address for as long as anything reads them: a read-only memory map of the file,
/// or a pinned copy of bytes given in memory. A map costs nothing for the parts a run never reads, and the parts it
/// reads come from the file system's cache instead of fresh memory.
/// </summary>
/// <remarks>
/// The knowledge base read from a snapshot keeps this object (through its readers), so the map lives as long as the
/// knowledge base and is released by the finalizer after it. A file is replaced by a rename, never written in place
/// (<see cref="KnowledgeBaseSnapshot.Write"/>), so a map keeps the version it opened.
/// </remarks>
internal sealed unsafe class SnapshotBytes
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private GCHandle _pin;
    private byte* _pointer;

    private SnapshotBytes(byte* pointer, int length, MemoryMappedFile? map, MemoryMappedViewAccessor? view, GCHandle pin)
    {
        _pointer = pointer;
        Length = length;
        _map = map;
        _view = view;
        _pin = pin;
    }

    ~SnapshotBytes()
    {
        if (_pin.IsAllocated)
        {
            _pin.Free();
        }

        if (_view is not null)
        {
            _pointer = null;
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _map!.Dispose();
        }
    }

    /// <summary>How many bytes there are.</summary>
    public int Length { get; }

    /// <summary>The first byte; valid while this object is reachable.</summary>
    public byte* Pointer => _pointer;

    /// <summary>All the bytes.</summary>
    public ReadOnlySpan<byte> All => new(_pointer, Length);

    /// <summary>Opens a file to map it (<see cref="Map"/>).</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static FileStream Open(string path)
        => new(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1);

    /// <summary>The bytes of an open file, mapped read-only; the map stays valid after the file is closed.</summary>
    /// <exception cref="IOException">The file cannot be mapped.</exception>
    /// <exception cref="SnapshotException">The file is too large to be a snapshot.</exception>
    public static SnapshotBytes Map(FileStream file)
    {
        var length = file.Length;
        if (length > int.MaxValue)
        {
            throw new SnapshotException("the file is larger than 2 GB, which a snapshot never is");
        }

        if (length == 0)
        {
            return Pin(Array.Empty<byte>());
        }

        var map = MemoryMappedFile.CreateFromFile(file, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        MemoryMappedViewAccessor? view = null;
        try
        {
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            return new SnapshotBytes(pointer + view.PointerOffset, (int)length, map, view, default);
        }
        catch
        {
            view?.Dispose();
            map.Dispose();
            throw;
        }
    }

    /// <summary>Bytes given in memory, pinned where they are (the caller must not change them afterwards).</summary>
    public static SnapshotBytes Pin(byte[] bytes)
    {
        var pin = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        return new SnapshotBytes((byte*)pin.AddrOfPinnedObject(), bytes.Length, null, null, pin);
    }
}
