using System;
using System.Collections.Generic;
using System.IO;

namespace FactBase.Importing;

/// <summary>
/// The file that marks a folder as written by an importer (<c>factbase import wikidata</c>): the importer replaces
/// the files it wrote there on every run, and the loader knows the facts under it are imported, so hand-written
/// facts elsewhere take precedence over them (see <c>docs/import.md</c>).
/// </summary>
public static class ImportManifest
{
    /// <summary>The manifest's file name. Not <c>.yaml</c>, so the loader never reads it as a fact file.</summary>
    public const string FileName = "factbase-import.json";

    /// <summary>Tells, for fact files, whether an import folder holds them; remembers each folder it has asked about.</summary>
    public sealed class Finder
    {
        private readonly Dictionary<string, bool> _folders = new(StringComparer.Ordinal);

        /// <summary>Whether <paramref name="factFile"/> lies in a folder (or below one) that holds an import manifest.</summary>
        /// <param name="factFile">The path of a fact file, as the loader read it.</param>
        /// <returns><see langword="true"/> for an imported file.</returns>
        public bool IsImported(string factFile)
        {
            string? folder;
            try
            {
                folder = Path.GetDirectoryName(Path.GetFullPath(factFile));
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
            {
                return false;
            }

            return folder is not null && IsInImportFolder(folder);
        }

        private bool IsInImportFolder(string folder)
        {
            if (_folders.TryGetValue(folder, out var known))
            {
                return known;
            }

            var parent = Path.GetDirectoryName(folder);
            var result = File.Exists(Path.Combine(folder, FileName)) || (parent is not null && parent != folder && IsInImportFolder(parent));
            _folders[folder] = result;
            return result;
        }
    }
}
