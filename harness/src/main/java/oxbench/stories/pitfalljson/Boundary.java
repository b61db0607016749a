package oxbench.stories.pitfalljson;

/** How a node list crosses the boundary into rust-core's fingerprint: the two sides of the guide's pitfall 1. */
enum Boundary {
    /** "Keep in native format": rust-core's node-list wire format into {@code oxb_fingerprint}. */
    TYPED,
    /** "Converting back and forth": a JSON array into {@code oxb_fingerprint_json}, a JSON object back. */
    JSON;

    /** The first half of an implementation id, e.g. {@code json} in {@code json@ffm}. */
    String id() {
        return name().toLowerCase();
    }
}
