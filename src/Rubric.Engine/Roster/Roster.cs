namespace Rubric.Engine;

/// <summary>The assessing bodies and the units they oversee: county → centres → schools → staff.</summary>
public sealed class Roster
{
    /// <summary>Creates a roster.</summary>
    /// <param name="bodies">The top-level bodies.</param>
    /// <exception cref="ArgumentException">Two bodies or units share an id.</exception>
    public Roster(IEnumerable<AssessingBody> bodies)
    {
        Bodies = Guard.Items(bodies, nameof(bodies));
        var all = AllBodies().ToArray();
        var ids = all.Select(static b => b.Id)
            .Concat(all.SelectMany(static b => b.Units).SelectMany(static u => u.Staff.Prepend(u)).Select(static u => u.Id));
        Guard.UniqueIds(ids, static x => x, "body or unit", nameof(bodies));
    }

    /// <summary>The top-level bodies.</summary>
    public IReadOnlyList<AssessingBody> Bodies { get; }

    /// <summary>Every body, depth first in roster order.</summary>
    /// <returns>The bodies.</returns>
    public IEnumerable<AssessingBody> AllBodies()
    {
        var stack = new Stack<AssessingBody>(Bodies.Reverse());
        while (stack.Count > 0)
        {
            var body = stack.Pop();
            yield return body;
            for (var i = body.Bodies.Count - 1; i >= 0; i--)
            {
                stack.Push(body.Bodies[i]);
            }
        }
    }
}
