package oxbench.external;

import java.util.ArrayList;
import java.util.List;
import oxbench.env.Home;

/** The drivers oxbench ships, one per native runtime: their protocol is in {@code polyglot-samples/python/driver.py}. */
public final class Drivers {
    private Drivers() {}

    /** {@code python3 polyglot-samples/python/driver.py STORY FUNCTION [extra]}: a prototype under CPython. */
    public static Driver cpython(String story, String function, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(
                Home.dir().resolve("polyglot-samples/python/driver.py").toString(), story, function));
        arguments.addAll(List.of(extra));
        return new Driver("python3", arguments,
                version -> version.startsWith("Python ") ? "C" + version : version,
                "install it with apt-get install python3");
    }

    /**
     * {@code rust-core/target/go/<binary> STORY FUNCTION}: the Go port (polyglot-samples/go), built by
     * rust-core/build.sh when Go is installed.
     */
    public static Driver go(String binary, String story, String function) {
        return new Driver(Home.dir().resolve("rust-core/target/go/" + binary).toString(), List.of(story, function),
                version -> version.startsWith("go") ? "Go " + version.substring(2) : version,
                "install Go (apt-get install golang-go, which ./bench setup does) and rebuild with ./bench setup");
    }

    /** {@code node polyglot-samples/javascript/driver.js STORY FUNCTION [extra]}: a prototype under Node. */
    public static Driver node(String story, String function, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(
                Home.dir().resolve("polyglot-samples/javascript/driver.js").toString(), story, function));
        arguments.addAll(List.of(extra));
        return new Driver("node", arguments,
                version -> "Node " + (version.startsWith("v") ? version.substring(1) : version),
                "install it with apt-get install nodejs");
    }
}
