package oxbench.summary;

/**
 * A point on a scaling table's size axis that the charts mark, e.g. where one implementation
 * overtakes another.
 *
 * @param at    the size, in the scaling table's unit
 * @param label what happens there, for the chart
 */
public record Mark(double at, String label) {}
