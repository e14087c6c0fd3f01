namespace Clout.Tests.Architecture;

/// <summary>
/// Which slice (an assembly's feature folder) references which, with the type references behind each arrow, and the
/// loops among them: the strongly connected components of more than one slice (Tarjan's algorithm).
/// </summary>
internal sealed class SliceGraph
{
    private const int ExamplesPerArrow = 3;

    private readonly Dictionary<string, Dictionary<string, List<string>>> _arrows = new(StringComparer.Ordinal);

    public void Add(string from, string to, string reference)
    {
        if (from == to)
        {
            return;
        }
        if (!_arrows.TryGetValue(from, out var targets))
        {
            _arrows[from] = targets = new(StringComparer.Ordinal);
        }
        if (!targets.TryGetValue(to, out var references))
        {
            targets[to] = references = [];
        }
        if (!references.Contains(reference, StringComparer.Ordinal))
        {
            references.Add(reference);
        }
    }

    public bool Has(string from, string to) => _arrows.TryGetValue(from, out var targets) && targets.ContainsKey(to);

    public IEnumerable<(string From, string To, IReadOnlyList<string> References)> Arrows =>
        _arrows.SelectMany(a => a.Value.Select(t => (a.Key, t.Key, (IReadOnlyList<string>)t.Value)));

    /// <summary>Each loop as its slices in name order; none when every arrow points one way.</summary>
    public List<List<string>> Loops()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var loops = new List<List<string>>();
        var next = 0;

        void Visit(string slice)
        {
            index[slice] = low[slice] = next++;
            stack.Push(slice);
            onStack.Add(slice);
            foreach (var target in _arrows.TryGetValue(slice, out var targets) ? targets.Keys : Enumerable.Empty<string>())
            {
                if (!index.TryGetValue(target, out var targetIndex))
                {
                    Visit(target);
                    low[slice] = Math.Min(low[slice], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[slice] = Math.Min(low[slice], targetIndex);
                }
            }
            if (low[slice] == index[slice])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != slice);
                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    loops.Add(component);
                }
            }
        }

        foreach (var slice in _arrows.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (!index.ContainsKey(slice))
            {
                Visit(slice);
            }
        }
        return loops;
    }

    /// <summary>A loop's arrows with the references that make each, for a failure message a reader can act on.</summary>
    public string Describe(IReadOnlyCollection<string> loop)
    {
        var lines = new List<string> { $"loop: {string.Join(" <-> ", loop)}" };
        foreach (var from in loop)
        {
            foreach (var to in loop.Where(to => Has(from, to)))
            {
                var references = _arrows[from][to];
                lines.Add($"  {from} -> {to}: {string.Join("; ", references.Take(ExamplesPerArrow))}"
                    + (references.Count > ExamplesPerArrow ? $" (and {references.Count - ExamplesPerArrow} more)" : ""));
            }
        }
        return string.Join('\n', lines);
    }
}
