package oxbench.polyglot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import oxbench.results.Format;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The guest-language runtime of one JVM: one shared {@link Engine} (so compiled code is shared
 * between contexts) and the sandbox every guest context gets.
 *
 * <p>What a guest may touch, and why:
 * <ul>
 *   <li>files: read-only, and only the languages' own internal resources (GraalPy's standard
 *       library, which it unpacks to its resource cache). Everything else is denied: the harness
 *       reads the corpus itself and hands the guest strings.</li>
 *   <li>host objects: none by class or reflection ({@link HostAccess#NONE}); the harness hands in
 *       only proxies it wrote (the host functions of the python+rust implementations).</li>
 *   <li>other languages: none, except that JavaScript may evaluate wasm modules (its standard
 *       {@code WebAssembly} API runs them on GraalWasm) when a context has both.</li>
 *   <li>no sockets, processes, threads, native code or environment variables.</li>
 * </ul>
 */
public final class Guests {
    /** {@code engine.getImplementationName()} when Truffle runs without an optimizing compiler. */
    static final String FALLBACK_RUNTIME = "Interpreted";

    private static Guests shared;

    private final Engine engine;
    private final RuntimeMode mode;

    private Guests(RuntimeMode mode) {
        this.mode = mode;
        this.engine = engine(mode);
    }

    /**
     * The engine of {@code mode}. The interpreter baseline switches compilation off with
     * {@code engine.Compilation=false}, an option only the optimizing runtime has: the fallback
     * runtime (the very case the JIT refusal sends users to {@code --interpreter} for) rejects it,
     * and never compiles anyway, so there it gets a plain engine.
     */
    static Engine engine(RuntimeMode mode) {
        Engine.Builder plain = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false");
        if (mode != RuntimeMode.INTERPRETER) {
            return plain.build();
        }
        try {
            // Truffle files the documented switch under experimental options.
            return Engine.newBuilder().option("engine.WarnInterpreterOnly", "false")
                    .allowExperimentalOptions(true).option("engine.Compilation", "false").build();
        } catch (IllegalArgumentException noCompilationOption) {
            Engine fallback = plain.build();
            if (!FALLBACK_RUNTIME.equals(fallback.getImplementationName())) {
                fallback.close();
                throw noCompilationOption;
            }
            return fallback;
        }
    }

    /** The JVM's shared guest runtime, in the mode of {@link RuntimeMode#current()}. */
    public static synchronized Guests shared() {
        if (shared == null) {
            shared = new Guests(RuntimeMode.current());
        }
        return shared;
    }

    public RuntimeMode mode() {
        return mode;
    }

    /** "GraalVM CE" with the optimizing JIT; "Interpreted" on the fallback runtime. */
    public String runtimeName() {
        return engine.getImplementationName();
    }

    public boolean jitAvailable() {
        return !FALLBACK_RUNTIME.equals(runtimeName());
    }

    /**
     * Refuses to measure guest code on the fallback runtime unless interpreter mode was asked for.
     *
     * @throws IllegalStateException with the reason and the remedy
     */
    public void requireJitUnlessInterpreter() {
        requireJit(mode, runtimeName());
    }

    static void requireJit(RuntimeMode mode, String runtimeName) {
        requireJit(mode, runtimeName, JitPrerequisites.ofThisJvm());
    }

    static void requireJit(RuntimeMode mode, String runtimeName, JitPrerequisites jvm) {
        if (mode == RuntimeMode.JIT && FALLBACK_RUNTIME.equals(runtimeName)) {
            throw new IllegalStateException(
                    "the polyglot engine runs on the fallback runtime (no optimizing JIT), so guest-language"
                            + " numbers would be meaningless: " + jvm.missing() + "; start oxbench with ./bench,"
                            + " which starts Java with the JIT's flags from harness/target/classes/oxbench/jit.args,"
                            + " or pass --interpreter to measure the interpreter on purpose");
        }
    }

    /**
     * A new sandboxed context for the given languages, on the shared engine.
     *
     * @throws IllegalStateException on the fallback runtime, unless in interpreter mode
     */
    public Context newContext(String... languages) {
        requireJitUnlessInterpreter();
        FileSystem ownResourcesOnly = FileSystem.allowInternalResourceAccess(
                FileSystem.newReadOnlyFileSystem(FileSystem.newDenyIOFileSystem()));
        Context.Builder builder = Context.newBuilder(languages)
                .engine(engine)
                .allowIO(IOAccess.newBuilder().fileSystem(ownResourcesOnly).build())
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(className -> false)
                .allowPolyglotAccess(polyglotAccess(languages))
                .allowCreateProcess(false)
                .allowCreateThread(false)
                .allowNativeAccess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE);
        for (String language : languages) {
            if (language.equals("js")) {
                // The Web APIs a JavaScript caller of wasm uses: WebAssembly and TextEncoder/TextDecoder.
                builder.option("js.text-encoding", "true");
                if (List.of(languages).contains("wasm")) {
                    builder.option("js.webassembly", "true");
                }
            }
        }
        return builder.build();
    }

    /**
     * No guest reaches another language, except that JavaScript's standard {@code WebAssembly} API
     * needs to evaluate wasm modules (GraalJS runs them on GraalWasm) and share bindings with it.
     */
    static PolyglotAccess polyglotAccess(String... languages) {
        List<String> requested = List.of(languages);
        if (!requested.contains("js") || !requested.contains("wasm")) {
            return PolyglotAccess.NONE;
        }
        return PolyglotAccess.newBuilder()
                .allowEval("js", "wasm")
                .allowBindingsAccess("js")
                .allowBindingsAccess("wasm")
                .build();
    }

    /** A Python int in [0, 2^64) as the long with the same 64 bits. */
    public static long unsigned64(Value pythonInt) {
        return pythonInt.fitsInLong() ? pythonInt.asLong() : pythonInt.asBigInteger().longValue();
    }

    /**
     * Loads one of the prototypes shipped in {@code polyglot-samples/python/} as a Python module
     * of that name (importable by the other samples), without giving the guest file access.
     */
    public static Value loadPythonModule(Context context, String name) {
        String file = name + ".py";
        Value load = context.eval("python", """
                def _oxbench_load(name, file, code):
                    import sys, types
                    module = types.ModuleType(name)
                    module.__file__ = file
                    exec(compile(code, file, "exec"), module.__dict__)
                    sys.modules[name] = module
                    return module
                _oxbench_load
                """);
        return load.execute(name, file, sample("python/" + file));
    }

    /**
     * The warning for a corpus file a prototype could not parse (a SyntaxError, a ValueError for NUL
     * bytes, a RecursionError, GraalPy giving up on a file); an exit, cancellation or interrupt of
     * the guest is not about the file and is rethrown.
     */
    public static String doesNotParse(String file, PolyglotException e) {
        if (e.isExit() || e.isCancelled() || e.isInterrupted()) {
            throw e;
        }
        return "skipped " + file + ": does not parse (" + Format.oneLine(e) + ")";
    }

    /** The text of a file in polyglot-samples/, as packaged in the harness jar. */
    public static String sample(String relative) {
        String resource = "/polyglot-samples/" + relative;
        try (InputStream in = Guests.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample " + relative + " is not packaged in the harness");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
