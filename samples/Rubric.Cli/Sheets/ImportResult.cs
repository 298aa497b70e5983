using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Sheets;

/// <summary>The assessment read from a filled sheet, or the diagnostics that prevented it.</summary>
internal sealed record ImportResult(Assessment? Assessment, IReadOnlyList<Diagnostic> Diagnostics);
