package oxbench.stories.folder;

import java.util.ArrayList;
import java.util.List;
import oxbench.polyglot.Guests;
import oxbench.results.Format;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * A folder story's prototype loaded into a guest context from the run's snapshot of its source, in the
 * same sandbox as the built-in prototypes ({@link Guests#newContext}): a Python file is executed as a
 * module of its own; a JavaScript file is a CommonJS module, given {@code module} and {@code exports}
 * and a {@code require} that says the sandbox has none.
 */
final class Prototypes {
    /** The guest language id of each prototype language. */
    static String guestLanguage(String language) {
        return language.equals("python") ? "python" : "js";
    }

    private Prototypes() {}

    /** The prototype's function, loaded into {@code context} (which has the prototype's language). */
    static Value function(Context context, String language, FolderInput.Prototype prototype) {
        return language.equals("python") ? python(context, prototype) : javascript(context, prototype);
    }

    private static Value python(Context context, FolderInput.Prototype prototype) {
        Value load = context.eval("python", """
                def _oxbench_load_prototype(file, code):
                    import types
                    module = types.ModuleType(file.rsplit("/", 1)[-1].rsplit(".", 1)[0])
                    module.__file__ = file
                    exec(compile(code, file, "exec"), module.__dict__)
                    return module
                _oxbench_load_prototype
                """);
        Value module = load.execute(prototype.name(), prototype.source());
        Value function = module.getMember(prototype.function());
        if (function == null || !function.canExecute()) {
            throw missing(prototype, callables(module.getMemberKeys(), module));
        }
        return function;
    }

    private static Value javascript(Context context, FolderInput.Prototype prototype) {
        // The wrapper's first line carries the source's first line, so the guest's line numbers are the file's.
        Value wrapper = context.eval(Source.newBuilder("js", "(function (module, exports, require) {" + prototype.source()
                + "\n})", prototype.name()).buildLiteral());
        Value module = context.eval("js", "({ exports: {} })");
        Value require = context.eval("js", "(name) => { throw new Error('require(' + JSON.stringify(name) + ') is not"
                + " available to a prototype in oxbench\\'s sandbox (it gets its input and nothing else)'); }");
        wrapper.execute(module, module.getMember("exports"), require);
        Value exports = module.getMember("exports");
        Value function = exports.hasMember(prototype.function()) ? exports.getMember(prototype.function()) : null;
        if (function == null || !function.canExecute()) {
            throw missing(prototype, callables(exports.getMemberKeys(), exports));
        }
        return function;
    }

    private static List<String> callables(java.util.Set<String> names, Value holder) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith("_") && holder.getMember(name).canExecute()) {
                found.add(name);
            }
        }
        return found;
    }

    private static IllegalArgumentException missing(FolderInput.Prototype prototype, List<String> defined) {
        return new IllegalArgumentException(prototype.path() + ": prototype.function: " + prototype.function() + " is not a function"
                + " the file defines" + (prototype.name().endsWith(".js") || prototype.source().contains("module.exports") ? " in module.exports" : "")
                + (defined.isEmpty() ? "" : " (it has: " + String.join(", ", defined) + ")"));
    }

    /**
     * Loads the prototype once in a throwaway context, so that a file that does not load, or lacks the
     * function the manifest names, is one line before anything runs.
     */
    static void requireFunction(Manifest manifest, FolderInput.Prototype prototype) {
        String language = manifest.prototype().language();
        try (Context context = Guests.shared().newContext(guestLanguage(language))) {
            function(context, language, prototype);
        } catch (PolyglotException e) {
            if (e.isExit() || e.isCancelled() || e.isInterrupted()) {
                throw e;
            }
            throw new IllegalArgumentException(prototype.path() + ": does not load: " + Format.oneLine(e)
                    + (e.getSourceLocation() != null ? " (line " + e.getSourceLocation().getStartLine() + ")" : ""));
        }
    }
}
