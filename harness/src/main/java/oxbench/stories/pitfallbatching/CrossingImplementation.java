package oxbench.stories.pitfallbatching;

import oxbench.story.Implementation;

/** One bridge of the story, crossed once per item ({@code per-item@BRIDGE}) or once per batch ({@code batched@BRIDGE}). */
abstract class CrossingImplementation implements Implementation<BatchingInput> {
    /** Whether one call hashes every item (else one call per item). */
    final boolean batched;
    private final String bridge;

    CrossingImplementation(String bridge, boolean batched) {
        this.bridge = bridge;
        this.batched = batched;
    }

    @Override
    public final String id() {
        return (batched ? "batched@" : "per-item@") + bridge;
    }
}
