package oxbench.stories.pitfallbatching;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import oxbench.polyglot.Guests;

import oxbench.story.Claim;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Scalable;
import oxbench.story.Story;
import oxbench.story.Warnings;
import org.graalvm.polyglot.Value;

/**
 * The guide's pitfall 2, "Not Batching Operations": N fixed-size items hashed by Rust (64-bit FNV-1a,
 * {@code oxb_hash_buffer} / {@code oxb_hash_items}) with one boundary crossing per item against one
 * crossing for the whole batch, through three bridges: Java -> native (FFM), JavaScript -> wasm
 * (GraalJS's WebAssembly API) and Python -> host -> native (GraalPy, a host function, FFM). The
 * sweep goes from 1 item to 100,000; scores are per item, so the batched rows fall from "one
 * crossing plus one item's work" towards the work alone, while the per-item rows stay flat.
 */
public final class BatchingStory implements Story<BatchingInput>, Scalable<BatchingInput> {
    static final int ITEM_LENGTH = 64;
    static final long SEED = 6_002L;
    /** Decades from one item to the run's own size, the largest. */
    static final List<Integer> SIZES = List.of(1, 10, 100, 1000, 10_000, 100_000);
    /**
     * Quick mode measures the run's size only: each size costs a fork per implementation (a guest's
     * about 15 s), and a guest not yet settled at 1 item (tens of microseconds per call instead of
     * under one) is predicted, times 100,000, over the sweep's call cap, which would leave the verdicts
     * with no size to be computed at (the verdict needs only the largest size). It stays at 100,000
     * items: at 10,000 items per call (too few loop iterations for on-stack replacement within a call)
     * the per-item Python loop stayed at about 40 us per item for 9 s of warm-up, against 0.5 us
     * within 10 s at 100,000 (measured, with other jobs on the machine).
     */
    static final List<Integer> QUICK_SIZES = List.of(100_000);
    /** The crossing counts as negligible from this share of a batch call down. */
    static final double NEGLIGIBLE = 0.05;

    private static final String GUIDE = "Pitfall 2, Not Batching Operations: \"BAD: Many small calls ... process_one(item);"
            + " // Overhead each call\" \"GOOD: Batch processing ... process_batch(items); // One call\"";

    @Override
    public String id() {
        return "pitfall-batching";
    }

    @Override
    public String title() {
        return "Not batching: N 64-byte items hashed in Rust, one boundary crossing per item against one per batch";
    }

    @Override
    public String unitOfWork() {
        return "item";
    }

    /** The guide's advice on the cheapest bridge. */
    @Override
    public String baseline() {
        return "batched@ffm";
    }

    @Override
    public List<Implementation<BatchingInput>> implementations() {
        return List.of(
                new JavaWithRustFfm(false),
                new JavaWithRustFfm(true),
                new JsWithRustWasm(false),
                new JsWithRustWasm(true),
                new PythonWithRustFfm(false),
                new PythonWithRustFfm(true));
    }

    /** One claim per bridge; the verdict (cost of a crossing, batch size from which it is negligible) comes from the sweep. */
    @Override
    public List<Claim<?>> claims() {
        return List.of(
                new BatchingClaim("per-item@ffm", "batched@ffm", "Java -> native", NEGLIGIBLE, GUIDE),
                new BatchingClaim("per-item@js-wasm", "batched@js-wasm", "JavaScript -> wasm", NEGLIGIBLE, GUIDE),
                new BatchingClaim("per-item@python-host-ffm", "batched@python-host-ffm", "Python -> host -> native",
                        NEGLIGIBLE, GUIDE));
    }

    @Override
    public BatchingInput prepare(InputOptions options, Warnings warnings) {
        List<Integer> sizes = options.quick() ? QUICK_SIZES : SIZES;
        return new BatchingInput(SEED, ITEM_LENGTH, sizes.getLast(), sizes);
    }

    @Override
    public String sizeUnit() {
        return "items";
    }

    @Override
    public int size(BatchingInput input) {
        return input.count();
    }

    @Override
    public List<Integer> sizes(BatchingInput input) {
        return input.sizes();
    }

    @Override
    public BatchingInput atSize(BatchingInput input, int size) {
        return input.withCount(size);
    }

    @Override
    public int units(BatchingInput input) {
        return input.count();
    }

    @Override
    public Class<BatchingInput> inputType() {
        return BatchingInput.class;
    }

    /** One line per item, {@code <index> <hash as 16 hex digits>}. */
    @Override
    public List<String> describe(BatchingInput input, Object output) {
        long[] hashes = hashes(output);
        HexFormat hex = HexFormat.of();
        List<String> lines = new ArrayList<>(hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            lines.add(i + " " + hex.toHexDigits(hashes[i]));
        }
        return lines;
    }

    /** The hashes from a Java {@code long[]} or a guest array of unsigned 64-bit integers. */
    static long[] hashes(Object output) {
        if (output instanceof long[] hashes) {
            return hashes;
        }
        if (output instanceof Value array && array.hasArrayElements()) {
            long[] hashes = new long[Math.toIntExact(array.getArraySize())];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = Guests.unsigned64(array.getArrayElement(i));
            }
            return hashes;
        }
        throw new IllegalStateException("returned " + output + " instead of a list of hashes");
    }

    @Override
    public Map<String, Object> inputSummary(BatchingInput input) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("items", input.count());
        summary.put("item_bytes", input.itemLength());
        summary.put("seed", input.seed());
        summary.put("sizes", input.sizes());
        return summary;
    }
}
