using System;
using System.Collections.Generic;
using System.IO;
using FactBase.Memory;

namespace FactBase.Checking.Mentions;

/// <summary>
/// The symmetric-delete table of the name words as three flat arrays: for each form of a name word with at most one
/// character deleted, the spelling candidates it comes from. Flat so that building it allocates a few arrays rather
/// than a million small objects, and so that a compiled snapshot keeps it as it is (<see cref="NameIndex"/>).
/// </summary>
/// <remarks>
/// A form is known by the 64-bit hash its word gives (<see cref="NameIndex"/>); the table keeps the hash's high 32 bits
/// (the fingerprint), grouped in buckets by their top bits. A lookup returns every candidate of the bucket whose
/// fingerprint equals the form's, in the order they were added; callers confirm each candidate against the word
/// itself, so two forms that share a fingerprint never change a result, they only cost a comparison.
/// </remarks>
internal sealed class SpellingTable
{
    private readonly NumberBlock<int> _buckets;
    private readonly NumberBlock<uint> _fingerprints;
    private readonly NumberBlock<int> _candidates;
    private readonly int _shift;

    private SpellingTable(NumberBlock<int> buckets, NumberBlock<uint> fingerprints, NumberBlock<int> candidates)
    {
        _buckets = buckets;
        _fingerprints = fingerprints;
        _candidates = candidates;
        _shift = 32 - Log2(buckets.Length - 1);
    }

    /// <summary>Bucket starts (one more than the buckets, a power of two), as <see cref="FromBlocks"/> takes them.</summary>
    internal NumberBlock<int> Buckets => _buckets;

    /// <summary>The fingerprint of each entry, bucket by bucket.</summary>
    internal NumberBlock<uint> Fingerprints => _fingerprints;

    /// <summary>The candidate number of each entry.</summary>
    internal NumberBlock<int> Candidates => _candidates;

    /// <summary>Builds the table from (form hash, candidate number) pairs in the order they were added.</summary>
    /// <param name="forms">The forms' hashes.</param>
    /// <param name="candidates">The candidate of each form, numbered from 0 in the order the candidates were made.</param>
    public static SpellingTable Build(List<long> forms, List<int> candidates)
    {
        var count = forms.Count;
        var bits = 4;
        while (bits < 26 && (1 << bits) < count / 8)
        {
            bits++;
        }

        var shift = 32 - bits;
        var buckets = new int[(1 << bits) + 1];
        for (var i = 0; i < count; i++)
        {
            buckets[(int)(Fingerprint(forms[i]) >> shift) + 1]++;
        }

        for (var b = 1; b < buckets.Length; b++)
        {
            buckets[b] += buckets[b - 1];
        }

        // Scattered in the order added, then sorted by fingerprint inside each bucket, keeping that order among equals:
        // a form's candidates stay in the order they were made.
        var fingerprints = new uint[count];
        var values = new int[count];
        var next = new int[buckets.Length - 1];
        Array.Copy(buckets, next, next.Length);
        for (var i = 0; i < count; i++)
        {
            var fingerprint = Fingerprint(forms[i]);
            var at = next[(int)(fingerprint >> shift)]++;
            fingerprints[at] = fingerprint;
            values[at] = candidates[i];
        }

        for (var b = 0; b + 1 < buckets.Length; b++)
        {
            for (var i = buckets[b] + 1; i < buckets[b + 1]; i++)
            {
                var fingerprint = fingerprints[i];
                var value = values[i];
                var j = i - 1;
                for (; j >= buckets[b] && fingerprints[j] > fingerprint; j--)
                {
                    fingerprints[j + 1] = fingerprints[j];
                    values[j + 1] = values[j];
                }

                fingerprints[j + 1] = fingerprint;
                values[j + 1] = value;
            }
        }

        return new SpellingTable(NumberBlock<int>.Of(buckets), NumberBlock<uint>.Of(fingerprints), NumberBlock<int>.Of(values));
    }

    /// <summary>A table kept in a compiled snapshot, used where it lies: its shape is checked here, each bucket and
    /// candidate number when a lookup reaches it (a pass over the whole table would read all of it at every start).</summary>
    /// <param name="buckets">Bucket starts.</param>
    /// <param name="fingerprints">Fingerprints.</param>
    /// <param name="candidates">Candidate numbers.</param>
    /// <returns>The table, or <see langword="null"/> when the blocks do not make one.</returns>
    internal static SpellingTable? FromBlocks(NumberBlock<int> buckets, NumberBlock<uint> fingerprints, NumberBlock<int> candidates)
    {
        var size = buckets.Length - 1;
        if (size < 1 || (size & (size - 1)) != 0 || fingerprints.Length != candidates.Length || buckets[0] != 0 || buckets[size] != fingerprints.Length)
        {
            return null;
        }

        return new SpellingTable(buckets, fingerprints, candidates);
    }

    /// <summary>The bucket that may hold a form: its entries run from the returned index to <paramref name="end"/>, and those whose
    /// fingerprint is the form's (<see cref="CandidateAt"/>) may come from it.</summary>
    /// <param name="form">The form's hash.</param>
    /// <param name="fingerprint">Set to the form's fingerprint.</param>
    /// <param name="end">Set to the end of the bucket.</param>
    /// <returns>The first entry of the bucket.</returns>
    public int Find(long form, out uint fingerprint, out int end)
    {
        fingerprint = Fingerprint(form);
        var bucket = (int)(fingerprint >> _shift);
        end = _buckets[bucket + 1];
        var start = _buckets[bucket];
        return start >= 0 && start <= end && end <= _fingerprints.Length ? start : throw new InvalidDataException("the spelling table's buckets are out of order");
    }

    /// <summary>The candidate number of entry <paramref name="i"/> when its fingerprint is <paramref name="fingerprint"/>, else -1.</summary>
    public int CandidateAt(int i, uint fingerprint) => _fingerprints[i] == fingerprint ? _candidates[i] : -1;

    private static uint Fingerprint(long form) => (uint)((ulong)form >> 32);

    private static int Log2(int power)
    {
        var bits = 0;
        while ((1 << bits) < power)
        {
            bits++;
        }

        return bits;
    }
}
