package oxbench.stories.boundary;

import oxbench.story.Workload;
import oxbench.story.MeasurementNeeds;

/** {@code add-one@java}, {@code hash-1k@java}: the floor, the same work in Java with no boundary. */
final class InJava extends Bridge {
    InJava(BoundaryFunction function) {
        super(function, "java", "Java", "java");
    }

    @Override
    public String runtime() {
        return "Java " + Runtime.version().feature() + " (HotSpot), no boundary: JavaFnv";
    }

    /** Plain Java: {@link BoundaryStory#JAVA_ONLY}. */
    @Override
    public MeasurementNeeds measurement() {
        return BoundaryStory.JAVA_ONLY;
    }

    @Override
    public Workload open(BoundaryInput input) {
        return switch (function) {
            case ADD_ONE -> new JavaChain(function, input, JavaFnv::addOne, null);
            case HASH_1K -> {
                byte[] buffer = input.buffer();
                yield new JavaChain(function, input, accumulator -> JavaFnv.hash(JavaChain.withAccumulator(buffer, accumulator)), null);
            }
        };
    }
}
