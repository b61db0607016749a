package oxbench.polyglot;

/**
 * How guest languages (GraalPy, GraalJS, GraalWasm) execute. Numbers only count with the
 * optimizing JIT; {@code --interpreter} asks for the no-compilation baseline, and every result
 * of such a run is labelled with it.
 */
public enum RuntimeMode {
    JIT("jit"),
    INTERPRETER("interpreter");

    /** System property that carries the mode into every JVM of a run, JMH forks included. */
    public static final String PROPERTY = "oxbench.runtime";

    private final String label;

    RuntimeMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The mode of this JVM: JIT unless {@value #PROPERTY} says {@code interpreter}. */
    public static RuntimeMode current() {
        return "interpreter".equals(System.getProperty(PROPERTY)) ? INTERPRETER : JIT;
    }
}
