namespace Rubric.Cli.Inputs;

/// <summary>
/// The host's one pipeline for large inputs: records are read in order on the calling thread,
/// worked on (parsed, scored, rendered) in chunks on the thread pool, and handed back in input
/// order, with a bounded number of chunks in flight so that memory stays flat however long the
/// input is.
/// </summary>
internal static class OrderedPipeline
{
    // Big enough that handing a chunk over costs little next to working on it, small enough that
    // the chunks in flight stay young for the collector.
    private const int ChunkSize = 64;

    public static IEnumerable<TOut> Select<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int parallelism)
    {
        if (parallelism <= 1)
        {
            foreach (var item in source)
            {
                yield return work(item);
            }

            yield break;
        }

        var inFlight = (2 * parallelism) + 1;
        var queue = new Queue<Task<TOut[]>>();
        var chunk = new List<TIn>(ChunkSize);
        foreach (var item in source)
        {
            chunk.Add(item);
            if (chunk.Count < ChunkSize)
            {
                continue;
            }

            queue.Enqueue(Start(chunk, work));
            chunk = new List<TIn>(ChunkSize);
            while (queue.Count >= inFlight)
            {
                foreach (var done in queue.Dequeue().GetAwaiter().GetResult())
                {
                    yield return done;
                }
            }
        }

        if (chunk.Count > 0)
        {
            queue.Enqueue(Start(chunk, work));
        }

        while (queue.Count > 0)
        {
            foreach (var done in queue.Dequeue().GetAwaiter().GetResult())
            {
                yield return done;
            }
        }
    }

    private static Task<TOut[]> Start<TIn, TOut>(List<TIn> chunk, Func<TIn, TOut> work) =>
        Task.Run(() =>
        {
            var done = new TOut[chunk.Count];
            for (var i = 0; i < done.Length; i++)
            {
                done[i] = work(chunk[i]);

                // The input (a line, and with it its block) can go as soon as it is worked on.
                chunk[i] = default!;
            }

            return done;
        });
}
