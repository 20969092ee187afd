using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace FactBase.Snapshots;

/// <summary>
/// What was learnt by reading files, kept in a folder so a later run need not read them again while they are unchanged:
/// the key of a set of fact files, or that a snapshot's checksum holds. Each record is named by a hash of the question,
/// which includes the stamps of the files it is about (<see cref="FileStamp"/>), so a record applies only while every
/// one of those files is as it was when read; an edit, a new or a removed file asks another question.
/// </summary>
/// <remarks>Only settled stamps are recorded (<see cref="FileStamp.IsSettled"/>). A folder that cannot be read or
/// written only costs time: the answer is worked out from the files again.</remarks>
internal sealed class StampRecords
{
    /// <summary>How many records the folder keeps: the newest, for a few fact folders, branches and snapshots.</summary>
    public const int Keep = 64;

    private readonly string _folder;

    public StampRecords(string folder) => _folder = folder;

    /// <summary>The answer recorded for <paramref name="question"/>, or <see langword="null"/>.</summary>
    public byte[]? Find(string question)
    {
        try
        {
            var path = PathOf(question);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Records the answer to <paramref name="question"/>, whose stamps are all settled.</summary>
    public void Add(string question, byte[] answer)
    {
        var path = PathOf(question);
        var temporary = path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        try
        {
            Directory.CreateDirectory(_folder);
            File.WriteAllBytes(temporary, answer);
            File.Move(temporary, path, overwrite: true);
            var old = new DirectoryInfo(_folder).GetFiles("*.stamp").OrderByDescending(f => f.LastWriteTimeUtc).Skip(Keep);
            foreach (var file in old)
            {
                file.Delete();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only time is lost: the next run reads the files again.
        }
        finally
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing was written.
            }
        }
    }

    private string PathOf(string question)
        => Path.Combine(_folder, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(question))).ToLowerInvariant() + ".stamp");
}
