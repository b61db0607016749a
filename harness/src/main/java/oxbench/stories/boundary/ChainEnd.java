package oxbench.stories.boundary;

/**
 * The output of one timed pass: the function and the last result of its chain of calls. Each call
 * depends on the one before, so equal ends mean every call was made and computed the same value.
 */
public record ChainEnd(BoundaryFunction function, long last) {}
