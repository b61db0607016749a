package oxbench.stories.patterns;

/**
 * The matches as a Java caller of the Rust matcher gets them: the matching patterns' indices and
 * their similarities, in pattern order.
 */
record Matches(int[] indices, double[] similarities) {}
