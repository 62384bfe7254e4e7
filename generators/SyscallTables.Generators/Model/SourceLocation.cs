using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SyscallTables.Generators.Model;

/// <summary>
/// Where in an input file something was found, as plain data: a model must not hold a Roslyn
/// <see cref="Location"/> (it would defeat caching), so one is made from this only when a diagnostic is reported.
/// </summary>
/// <param name="Path">The additional file's path, as MSBuild passed it.</param>
/// <param name="Start">Offset of the first character, in UTF-16 code units from the start of the file.</param>
/// <param name="Length">Length of the span in UTF-16 code units.</param>
/// <param name="Line">Zero-based line number.</param>
/// <param name="StartColumn">Zero-based column of the span's start.</param>
/// <param name="EndColumn">Zero-based column of the span's end (on the same line).</param>
internal readonly record struct SourceLocation(string Path, int Start, int Length, int Line, int StartColumn, int EndColumn)
{
    /// <summary>A location naming the whole file, for problems that belong to no single line.</summary>
    public static SourceLocation File(string path) => new(path, 0, 0, 0, 0, 0);

    public Location ToLocation() => Location.Create(
        Path,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(Line, StartColumn), new LinePosition(Line, EndColumn)));
}
