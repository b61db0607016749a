package oxbench.polyglot;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * What this JVM has of what Truffle's optimizing runtime needs on a stock JDK: JVMCI switched on,
 * and the Graal compiler and Truffle's compiler interface in the boot layer (the jars of
 * {@code harness/target/jit} on the upgrade module path). It names what is missing, so that the
 * JIT refusal says what to fix instead of only "use ./bench".
 *
 * @param jvmci          whether the JVM runs with {@code -XX:+EnableJVMCI}
 * @param graalCompiler  whether module {@value #GRAAL_COMPILER} is in the boot layer
 * @param truffleCompiler whether module {@value #TRUFFLE_COMPILER} is in the boot layer
 */
public record JitPrerequisites(boolean jvmci, boolean graalCompiler, boolean truffleCompiler) {
    static final String GRAAL_COMPILER = "jdk.graal.compiler";
    static final String TRUFFLE_COMPILER = "org.graalvm.truffle.compiler";

    /** This JVM's. */
    public static JitPrerequisites ofThisJvm() {
        boolean jvmci = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+EnableJVMCI");
        return new JitPrerequisites(jvmci, ModuleLayer.boot().findModule(GRAAL_COMPILER).isPresent(),
                ModuleLayer.boot().findModule(TRUFFLE_COMPILER).isPresent());
    }

    /** What is missing, in words; when nothing the JVM can show is, that Truffle refused for its own reason. */
    public String missing() {
        List<String> missing = new ArrayList<>();
        if (!jvmci) {
            missing.add("JVMCI is not enabled (-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI)");
        }
        if (!graalCompiler || !truffleCompiler) {
            missing.add("the Graal compiler is not on the upgrade module path (modules " + GRAAL_COMPILER + " and "
                    + TRUFFLE_COMPILER + ", the jars in harness/target/jit: --upgrade-module-path)");
        }
        if (missing.isEmpty()) {
            return "JVMCI and the Graal compiler are there, yet Truffle fell back (run with"
                    + " -Dpolyglot.engine.WarnInterpreterOnly=true to print its reason)";
        }
        return String.join(" and ", missing);
    }
}
