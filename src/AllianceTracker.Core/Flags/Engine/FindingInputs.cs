using System.Collections;
using System.Globalization;

namespace AllianceTracker.Core.Flags.Engine;

/// <summary>
/// The numbers and values that fired a finding, by name, formatted in the invariant culture
/// (numbers rounded to 4 decimals). Compared by value.
/// </summary>
public sealed class FindingInputs : IReadOnlyDictionary<string, string>, IEquatable<FindingInputs>
{
    private readonly SortedDictionary<string, string> values;

    private FindingInputs(SortedDictionary<string, string> values) => this.values = values;

    public int Count => values.Count;
    public IEnumerable<string> Keys => values.Keys;
    public IEnumerable<string> Values => values.Values;
    public string this[string key] => values[key];

    public bool ContainsKey(string key) => values.ContainsKey(key);

    public bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(FindingInputs? other) => other is not null && values.SequenceEqual(other.values);

    public override bool Equals(object? obj) => Equals(obj as FindingInputs);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (key, value) in values)
        {
            hash.Add(key);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ", values.Select(pair => $"{pair.Key}={pair.Value}"));

    public sealed class Builder
    {
        private readonly SortedDictionary<string, string> values = new(StringComparer.Ordinal);

        public Builder Add(string name, double value)
        {
            values.Add(name, Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture));
            return this;
        }

        public Builder Add(string name, string value)
        {
            values.Add(name, value);
            return this;
        }

        public FindingInputs Build() => new(new SortedDictionary<string, string>(values, StringComparer.Ordinal));
    }
}
