package oxbench.stories.pitfallblocking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import oxbench.story.Claim;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;

import oxbench.story.Story;
import oxbench.story.Warnings;

/**
 * The guide's pitfall 3, "Blocking the Runtime": a JavaScript program (GraalJS, on an event loop the
 * host provides) sets timers due every millisecond and makes one long Rust call, either synchronously
 * on the event loop's thread or asynchronously on a worker thread. The timed operation is one whole
 * scenario; what the story is about is how late the timers fire meanwhile, recorded per timer as the
 * observation {@code timer lag} (and the call's own duration as {@code rust call}).
 *
 * <p>The call is a fixed {@value #ROUNDS} rounds of {@code oxb_spin} (about 40 ms on the project's
 * machine), and the {@value #TIMERS} timers are due within its first {@value #TIMERS} ms, so even on
 * a machine twice as fast every timer is due while the call runs.
 */
public final class BlockingStory implements Story<BlockingInput> {
    static final long ROUNDS = 20_000_000;
    static final int TIMERS = 20;
    static final int PERIOD_MILLIS = 1;

    private static final String GUIDE = "Pitfall 3, Blocking the Runtime: \"// BAD: Blocks Node event loop\""
            + " const result = rust_lib.processSync(bigData); \"// GOOD: Async processing\""
            + " const result = await rust_lib.processAsync(bigData);";

    private final JsOnEventLoop sync = JsOnEventLoop.sync();
    private final JsOnEventLoop async = JsOnEventLoop.async();

    @Override
    public String id() {
        return "pitfall-blocking";
    }

    @Override
    public String title() {
        return "Pitfall 3, blocking the runtime: timers on a JavaScript event loop during a long Rust call, sync or async";
    }

    /** One scenario: the timers set, the call made, the loop run until every timer fired and the call returned. */
    @Override
    public String unitOfWork() {
        return "scenario";
    }

    @Override
    public String baseline() {
        return sync.id();
    }

    @Override
    public List<Implementation<BlockingInput>> implementations() {
        return List.of(sync, async);
    }

    @Override
    public List<Claim<?>> claims() {
        return List.of(new LagClaim(sync.id(), async.id(), JsOnEventLoop.TIMER_LAG, GUIDE));
    }

    /** The same fixed scenario for every run (it has no corpus). */
    @Override
    public BlockingInput prepare(InputOptions options, Warnings warnings) {
        return new BlockingInput(ROUNDS, TIMERS, PERIOD_MILLIS);
    }

    @Override
    public int units(BlockingInput input) {
        return 1;
    }

    @Override
    public Class<BlockingInput> inputType() {
        return BlockingInput.class;
    }

    /** One line, the call's result and the number of timers fired: the same whether the call blocked or not. */
    @Override
    public List<String> describe(BlockingInput input, Object output) {
        if (!(output instanceof ScenarioResult scenario)) {
            throw new IllegalStateException("returned " + output + " instead of a scenario's result");
        }
        return List.of("oxb_spin(" + input.rounds() + ") = " + String.format("%016x", scenario.result())
                + ", " + scenario.fired() + " of " + input.timers() + " timers fired");
    }

    @Override
    public Map<String, Object> inputSummary(BlockingInput input) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rounds", input.rounds());
        summary.put("timers", input.timers());
        summary.put("timer_period_ms", input.periodMillis());
        return summary;
    }
}
