using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>An award quota: exactly one of a percentage in (0, 100] or a whole count from 0.</summary>
internal sealed class QuotaValidator : AbstractValidator<QuotaDocument>
{
    public QuotaValidator(string awardId)
    {
        RuleFor(x => x.Percent)
            .Must((quota, percent) => (percent is null) != (quota.Count is null))
            .WithErrorCode(DiagnosticCodes.InvalidValue)
            .WithMessage($"The quota of award '{awardId}' gives exactly one of 'percent' or 'count'.");
        RuleFor(x => x.Percent)
            .Must(static p => p is null || p is > 0m and <= 100m)
            .WithErrorCode(DiagnosticCodes.OutOfRange)
            .WithMessage(x => $"The quota of award '{awardId}' is {ValidationText.P(x.Percent ?? 0m)} %; a percentage lies in (0, 100].");
        RuleFor(x => x.Count)
            .Must(static c => c is null || (ValidationText.IsWhole(c.Value) && c.Value is >= 0 and <= ValidationText.MaxWhole))
            .WithErrorCode(DiagnosticCodes.InvalidValue)
            .WithMessage(x => $"The quota of award '{awardId}' is {ValidationText.P(x.Count ?? 0m)} awards; a count is a whole number from 0.");
    }
}
