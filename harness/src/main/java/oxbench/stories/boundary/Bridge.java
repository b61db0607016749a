package oxbench.stories.boundary;

import oxbench.story.Implementation;

/**
 * One function of the matrix through one bridge: {@code add-one@ffm}, {@code hash-1k@js-wasm}. The
 * runtime says what crosses the boundary on each call, which differs by function and bridge.
 */
abstract class Bridge implements Implementation<BoundaryInput> {
    final BoundaryFunction function;
    private final String bridge;
    private final String crossing;
    private final String language;

    /**
     * @param bridge   the part of the id after the {@code @}, e.g. {@code python-host-ffm}
     * @param crossing the bridge in the report's words, e.g. {@code Python -> host -> native}
     * @param language the language of the timed code, e.g. {@code python+rust}
     */
    Bridge(BoundaryFunction function, String bridge, String crossing, String language) {
        this.function = function;
        this.bridge = bridge;
        this.crossing = crossing;
        this.language = language;
    }

    @Override
    public final String id() {
        return function.through(bridge);
    }

    final String crossing() {
        return crossing;
    }

    @Override
    public final String language() {
        return language;
    }
}
