package oxbench.stories.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import oxbench.story.Claim;
import oxbench.story.Comparison;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;

import oxbench.story.Story;
import oxbench.story.Warnings;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;

/**
 * The boundary-cost matrix: what one call of a Rust function costs through every bridge oxbench
 * has, for the guide's Strategy 1 ("[Python/JS App] → [Foreign Function Interface] → [Rust
 * Library]"). Two functions, as small as functions can be so that the crossing is what is measured:
 * {@code oxb_add_one} (a u64 in and out) and {@code oxb_hash_buffer} (a 1 KiB buffer in, a u64 out),
 * each through seven bridges: none (the Java floor), Java -> native (FFM), Java -> wasm (GraalWasm),
 * JavaScript -> wasm (the WebAssembly API), Python -> wasm, Python -> host -> native and
 * JavaScript -> host -> native.
 *
 * <p>One timed operation is a chain of {@link BoundaryInput#calls()} calls, each on the result of the
 * one before (see {@link BoundaryFunction}), so the score is per call and no call can be dropped or
 * hoisted; for the guest bridges the loop is guest code, as it is in a guest program. Each function's
 * implementations are checked against and compared with its own floor ({@link #baselineOf}).
 */
public final class BoundaryStory implements Story<BoundaryInput> {
    /** Calls per timed operation: calls of a few nanoseconds make an operation of microseconds. */
    static final int CALLS = 1000;
    /** Past 32 bits, so a caller that narrows to an int shows it, and below 2^53 so a JavaScript number holds it. */
    static final long START = 6_000_000_000L;
    static final long SEED = 6;
    static final int BUFFER_BYTES = 1024;

    static final String STRATEGY_1 = "Strategy 1, Gradual Migration: \"Keep your existing code, migrate only hot paths.\""
            + " [Python/JS App] → [Foreign Function Interface] → [Rust Library]";

    @Override
    public String id() {
        return "boundary";
    }

    @Override
    public String title() {
        return "Boundary costs: one call of a trivial Rust function and of one hashing 1 KiB, through every bridge";
    }

    @Override
    public String unitOfWork() {
        return "call";
    }

    @Override
    public String baseline() {
        return BoundaryFunction.ADD_ONE.through("java");
    }

    /** Each function's own Java floor: {@code add-one@java} or {@code hash-1k@java}. */
    @Override
    public String baselineOf(String impl) {
        return BoundaryFunction.of(impl).through("java");
    }

    @Override
    public List<Implementation<BoundaryInput>> implementations() {
        List<Implementation<BoundaryInput>> all = new ArrayList<>();
        for (BoundaryFunction function : BoundaryFunction.values()) {
            all.addAll(bridges(function));
        }
        return all;
    }

    private static List<Bridge> bridges(BoundaryFunction function) {
        return List.of(
                new InJava(function),
                new JavaToNative(function),
                new JavaToGraalWasm(function),
                new GuestToWasm(function, Guest.JS),
                new GuestToWasm(function, Guest.PYTHON),
                new GuestToHostNative(function, Guest.PYTHON),
                new GuestToHostNative(function, Guest.JS));
    }

    @Override
    public List<Claim<?>> claims() {
        return List.of(new LimitClaim(BoundaryFunction.ADD_ONE.through("ffm"), 9.0, "a trivial Java -> native call",
                STRATEGY_1 + "; issue 6 target: within 3x of the best published FFM figure (about 3 ns)"));
    }

    /** Every bridge against its function's floor: what the crossing adds to the same work. */
    @Override
    public List<Comparison> comparisons() {
        List<Comparison> comparisons = new ArrayList<>();
        for (BoundaryFunction function : BoundaryFunction.values()) {
            String floor = function.through("java");
            String what = function == BoundaryFunction.ADD_ONE ? "trivial call" : "1 KiB buffer";
            String call = function == BoundaryFunction.ADD_ONE ? "trivial call" : "call hashing 1 KiB";
            for (Bridge bridge : bridges(function)) {
                if (!bridge.id().equals(floor)) {
                    comparisons.add(new Comparison("what crossing " + bridge.crossing() + " costs (" + what + ")",
                            bridge.id(), floor,
                            "a " + call + " " + bridge.crossing() + " costs {difference} more than the same work in Java",
                            STRATEGY_1));
                }
            }
        }
        return comparisons;
    }

    /** The Java floor and the FFM calls: plain JIT-compiled Java, no guest code to wait for. */
    static final MeasurementNeeds JAVA_ONLY = MeasurementNeeds.of(CodeKind.HOST);

    /** The same input in quick and full runs: the calls are cheap, only the plan is shorter. */
    @Override
    public BoundaryInput prepare(InputOptions options, Warnings warnings) {
        return new BoundaryInput(CALLS, START, SEED, BUFFER_BYTES);
    }

    @Override
    public int units(BoundaryInput input) {
        return input.calls();
    }

    @Override
    public Class<BoundaryInput> inputType() {
        return BoundaryInput.class;
    }

    /** One line: the function, the chain and where it ended, e.g. {@code add-one: 1000 calls from 6000000000 end at 0x...}. */
    @Override
    public List<String> describe(BoundaryInput input, Object output) {
        ChainEnd end = (ChainEnd) output;
        return List.of(String.format("%s: %d calls from %d end at 0x%016x",
                end.function().id(), input.calls(), input.start(), end.last()));
    }

    @Override
    public Map<String, Object> inputSummary(BoundaryInput input) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("calls_per_operation", input.calls());
        summary.put("start", input.start());
        summary.put("buffer_bytes", input.bufferBytes());
        summary.put("buffer_seed", input.seed());
        summary.put("buffer_fnv1a", String.format("%016x", JavaFnv.hash(input.buffer())));
        return summary;
    }
}
