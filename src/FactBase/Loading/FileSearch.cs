using System;
using System.Collections.Generic;
using System.IO;

namespace FactBase.Loading;

/// <summary>Lists the files under a folder for the loader and the CLI, safely.</summary>
/// <remarks>
/// Symbolic links to folders are not followed (as with <c>find</c> or <c>rg</c> by default): a link
/// loop made <see cref="SearchOption.AllDirectories"/> list every file some forty times over. Links
/// to files are listed like files. A folder that cannot be listed is reported, and the rest searched.
/// </remarks>
internal static class FileSearch
{
    /// <summary>The files under <paramref name="root"/> (recursively) that <paramref name="include"/> accepts, in ordinal order.</summary>
    /// <param name="root">The folder.</param>
    /// <param name="include">Which file paths to keep.</param>
    /// <param name="errors">Receives one message per folder that could not be listed.</param>
    /// <param name="descend">Which folders under <paramref name="root"/> to search, by path; all when <see langword="null"/>.</param>
    /// <returns>The paths, each starting with <paramref name="root"/> as given.</returns>
    public static List<string> Files(string root, Func<string, bool> include, ICollection<string> errors, Func<string, bool>? descend = null)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            try
            {
                foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
                {
                    var path = Path.Combine(folder, entry.Name);
                    if ((entry.Attributes & FileAttributes.Directory) == 0)
                    {
                        if (include(path))
                        {
                            files.Add(path);
                        }
                    }
                    else if ((entry.Attributes & FileAttributes.ReparsePoint) == 0 && (descend is null || descend(path)))
                    {
                        pending.Push(path);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                errors.Add($"cannot list the folder '{folder}': {Describe(ex)}");
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Says why a file could not be read, without the absolute path .NET puts in its messages (the caller names the path as given).</summary>
    public static string Describe(Exception ex) => ex switch
    {
        FileNotFoundException => "the file does not exist (a broken symbolic link?)",
        DirectoryNotFoundException => "a folder on its path does not exist",
        UnauthorizedAccessException => "permission denied (or it is a folder)",
        PathTooLongException => "the path is too long",
        _ => ex.Message,
    };
}
