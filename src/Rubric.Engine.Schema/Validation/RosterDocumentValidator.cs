using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A roster: ids unique across all bodies, units and staff.</summary>
internal sealed class RosterDocumentValidator : AbstractValidator<RosterDocument>
{
    public RosterDocumentValidator()
    {
        RuleForEach(x => x.Bodies).SetValidator(new BodyValidator());
        RuleFor(x => x.Bodies).Custom((bodies, context) => ValidationText.ReportDuplicates(context, AllIds(bodies, "/bodies"), "body, unit or staff member"));
    }

    private static IEnumerable<(string Id, string Pointer)> AllIds(List<BodyDocument> bodies, string pointer)
    {
        for (var b = 0; b < bodies.Count; b++)
        {
            var body = bodies[b];
            var bodyPointer = $"{pointer}/{b}";
            yield return (body.Id, bodyPointer + "/id");
            var units = body.Units ?? [];
            for (var u = 0; u < units.Count; u++)
            {
                yield return (units[u].Id, $"{bodyPointer}/units/{u}/id");
                var staff = units[u].Staff ?? [];
                for (var s = 0; s < staff.Count; s++)
                {
                    yield return (staff[s].Id, $"{bodyPointer}/units/{u}/staff/{s}/id");
                }
            }

            foreach (var id in AllIds(body.Bodies ?? [], bodyPointer + "/bodies"))
            {
                yield return id;
            }
        }
    }
}
