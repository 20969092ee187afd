using System.Collections.Generic;
using System.IO;

namespace FactBase.Cli.Formatters;

/// <summary>Writes check results in one output format.</summary>
internal interface IReportFormatter
{
    /// <summary>Writes the reports.</summary>
    /// <param name="reports">One report per input, in input order.</param>
    /// <param name="output">Where to write.</param>
    void Write(IReadOnlyList<FileReport> reports, TextWriter output);
}
