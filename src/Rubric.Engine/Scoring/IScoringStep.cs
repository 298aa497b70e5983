namespace Rubric.Engine;

/// <summary>
/// A step that runs after every item of a column has been scored and may adjust stage, task or
/// total scores (a bonus item, a veto, a penalty). Steps run in the order they were added and
/// are shared between threads, so they must be stateless or immutable.
/// </summary>
public interface IScoringStep
{
    /// <summary>The step's name, recorded on each adjustment it makes.</summary>
    string Name { get; }

    /// <summary>Applies the step to one column of one assessment.</summary>
    /// <param name="context">The scores so far, and the way to adjust them.</param>
    void Apply(ScoringStepContext context);
}
