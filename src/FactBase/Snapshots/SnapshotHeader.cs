using System;
using System.Buffers.Binary;

namespace FactBase.Snapshots;

/// <summary>
/// The fixed-size start of a snapshot file: what it is, its format version, the build of the tool that wrote it, the
/// fact files it was compiled from, and the length and checksum of the payload after it.
/// </summary>
/// <remarks>
/// Layout (little-endian): magic (8 bytes) | format version (int32) | reserved (int32) | identity hash (32) |
/// source key (32) | payload length (int64) | payload checksum (32: XxHash128 of the payload, then 16 zero bytes). Every field is checked before the payload is read,
/// so a file of another version, from another build, for other facts, cut short or damaged is refused, never misread.
/// </remarks>
internal readonly struct SnapshotHeader
{
    public const int Size = 8 + 4 + 4 + HashSize + HashSize + 8 + HashSize;

    public const int HashSize = 32;

    /// <summary>Raised whenever the payload's layout or meaning changes (a new field of the model, a new section).</summary>
    public const int FormatVersion = 9;

    private static ReadOnlySpan<byte> Magic => "FBKBSNAP"u8;

    public SnapshotHeader(byte[] identity, byte[] key, long payloadLength, byte[] checksum)
    {
        Identity = identity;
        Key = key;
        PayloadLength = payloadLength;
        Checksum = checksum;
    }

    public byte[] Identity { get; }

    public byte[] Key { get; }

    public long PayloadLength { get; }

    public byte[] Checksum { get; }

    /// <summary>The checksum of a payload: XxHash128, which detects damage (a changed, lost or added byte) at memory speed.</summary>
    public static byte[] ChecksumOf(ReadOnlySpan<byte> payload)
    {
        var checksum = new byte[HashSize];
        System.IO.Hashing.XxHash128.Hash(payload, checksum);
        return checksum;
    }

    public void WriteTo(Span<byte> destination)
    {
        Magic.CopyTo(destination);
        BinaryPrimitives.WriteInt32LittleEndian(destination.Slice(8), FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(destination.Slice(12), 0);
        Identity.CopyTo(destination.Slice(16));
        Key.CopyTo(destination.Slice(16 + HashSize));
        BinaryPrimitives.WriteInt64LittleEndian(destination.Slice(16 + (2 * HashSize)), PayloadLength);
        Checksum.CopyTo(destination.Slice(24 + (2 * HashSize)));
    }

    /// <summary>Reads and checks the header and the payload's length and checksum.</summary>
    /// <param name="file">The whole file.</param>
    /// <param name="verifyChecksum">Whether to check the payload's checksum: <see langword="false"/> only for a file
    /// whose checksum was verified before and that has not been written since (<see cref="StampRecords"/>).</param>
    /// <returns>The header; the payload is the rest of <paramref name="file"/>.</returns>
    /// <exception cref="SnapshotException">The file is not a whole, intact snapshot of this format version.</exception>
    public static SnapshotHeader Read(ReadOnlySpan<byte> file, bool verifyChecksum = true)
    {
        if (file.Length < Size || !file.Slice(0, 8).SequenceEqual(Magic))
        {
            throw new SnapshotException(file.Length < Magic.Length || !file.Slice(0, Magic.Length).SequenceEqual(Magic)
                ? "not a compiled knowledge base (made by 'factbase compile')"
                : "the file is cut short (truncated)");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(file.Slice(8));
        if (version != FormatVersion)
        {
            throw new SnapshotException($"it has format version {version}, this factbase reads version {FormatVersion}");
        }

        var header = new SnapshotHeader(
            file.Slice(16, HashSize).ToArray(),
            file.Slice(16 + HashSize, HashSize).ToArray(),
            BinaryPrimitives.ReadInt64LittleEndian(file.Slice(16 + (2 * HashSize))),
            file.Slice(24 + (2 * HashSize), HashSize).ToArray());
        if (header.PayloadLength != file.Length - Size)
        {
            throw new SnapshotException(header.PayloadLength > file.Length - Size ? "the file is cut short (truncated)" : "the file has bytes after its end");
        }

        if (verifyChecksum && !ChecksumOf(file.Slice(Size)).AsSpan().SequenceEqual(header.Checksum))
        {
            throw new SnapshotException("the file is damaged (its checksum does not match)");
        }

        return header;
    }
}
