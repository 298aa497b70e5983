using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>An assessing body: its units and the bodies below it are valid.</summary>
internal sealed class BodyValidator : AbstractValidator<BodyDocument>
{
    public BodyValidator()
    {
        RuleForEach(x => x.Units).SetValidator(new RosterUnitValidator());
        RuleForEach(x => x.Bodies).SetValidator(this);
    }
}
