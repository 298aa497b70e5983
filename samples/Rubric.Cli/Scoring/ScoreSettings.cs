using Rubric.Cli.Output;
using Rubric.Engine;

namespace Rubric.Cli.Scoring;

/// <summary>What <c>rubric score</c> was asked for.</summary>
internal sealed record ScoreSettings(ScoreFormat Format, bool Explain, ExplanationLanguage Language, string? OutPath);
