package oxbench.stories.algorithm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import oxbench.env.Home;
import oxbench.polyglot.Guests;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "algorithm first" story's two algorithms, in Python (GraalPy) and Rust (native), return the
 * same first-duplicate indices on edge cases and random inputs.
 */
class DuplicatesAgreeTest {
    private static Context python;
    private static Value naive;
    private static Value sorted;
    private static DuplicatesNative rust;

    @BeforeAll
    static void load() {
        python = Guests.shared().newContext("python");
        Value module = Guests.loadPythonModule(python, "duplicates");
        naive = module.getMember("first_duplicates_naive");
        sorted = module.getMember("first_duplicates_sorted");
        rust = new DuplicatesNative(Home.nativeLibrary());
    }

    @AfterAll
    static void close() {
        python.close();
        rust.close();
    }

    /** Python ints in [0, 2^64): the fingerprints as the Python prototype sees them. */
    private static Value pythonList(long[] fingerprints) {
        Value toInts = python.eval("python", "lambda items: [int(item) & 0xFFFFFFFFFFFFFFFF for item in items]");
        Object[] boxed = LongStream.of(fingerprints).boxed().toArray();
        return toInts.execute(ProxyArray.fromArray(boxed));
    }

    private static int[] ints(Value list) {
        int[] values = new int[Math.toIntExact(list.getArraySize())];
        for (int i = 0; i < values.length; i++) {
            values[i] = list.getArrayElement(i).asInt();
        }
        return values;
    }

    /** All four agree on {@code fingerprints}; returns their answer. */
    private static int[] agreed(long[] fingerprints) {
        int[] fromPythonNaive = ints(naive.execute(pythonList(fingerprints)));
        int[] fromPythonSorted = ints(sorted.execute(pythonList(fingerprints)));
        int[] fromRustNaive = new int[fingerprints.length];
        int[] fromRustSorted = new int[fingerprints.length];
        rust.firstDuplicates(true, fingerprints, fromRustNaive);
        rust.firstDuplicates(false, fingerprints, fromRustSorted);
        assertArrayEquals(fromPythonNaive, fromPythonSorted, "python-naive vs python-nlogn");
        assertArrayEquals(fromPythonNaive, fromRustNaive, "python-naive vs rust-naive");
        assertArrayEquals(fromPythonNaive, fromRustSorted, "python-naive vs rust-nlogn");
        return fromPythonNaive;
    }

    @Test
    void edgeCases() {
        assertArrayEquals(new int[0], agreed(new long[0]), "empty");
        assertArrayEquals(new int[] {0}, agreed(new long[] {42}), "one element");
        assertArrayEquals(new int[] {0, 0, 0, 0}, agreed(new long[] {7, 7, 7, 7}), "all equal");
        assertArrayEquals(new int[] {0, 1, 2, 3}, agreed(new long[] {4, 3, 2, 1}), "all distinct");
        // Unsigned order: -1 is 2^64 - 1 for Rust and Python alike; sorting must not mix it with small values.
        assertArrayEquals(new int[] {0, 1, 0, 3, 1, 3}, agreed(new long[] {3, -1L, 3, Long.MIN_VALUE, -1L, Long.MIN_VALUE}));
    }

    @Test
    void randomInputs() {
        Random random = new Random(11);
        List<Integer> groups = new ArrayList<>();
        for (int n : new int[] {2, 10, 300}) {
            for (int range : new int[] {1, 3, 50, 0}) {
                long[] fingerprints = new long[n];
                for (int i = 0; i < n; i++) {
                    fingerprints[i] = range == 0 ? random.nextLong() : random.nextInt(range);
                }
                int[] first = agreed(fingerprints);
                int distinct = 0;
                for (int i = 0; i < n; i++) {
                    if (first[i] == i) {
                        distinct++;
                    }
                }
                groups.add(distinct);
            }
        }
        assertEquals(1, groups.get(0), "n=2, all equal: one group");
    }
}
