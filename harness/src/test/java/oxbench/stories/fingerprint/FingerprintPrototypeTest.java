package oxbench.stories.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import oxbench.polyglot.Guests;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Python prototype, run in GraalPy exactly as the harness loads it. */
class FingerprintPrototypeTest {
    private static Context context;
    private static Value module;

    @BeforeAll
    static void load() {
        context = Guests.shared().newContext("python");
        module = Guests.loadPythonModule(context, "fingerprint");
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void nodeHashIsFnv1a64OverUtf8() {
        Value hash = module.getMember("expensive_computation");
        assertEquals("cbf29ce484222325", hex(hash.execute("")));
        assertEquals("af63dc4c8601ec8c", hex(hash.execute("a")));
        assertEquals("85944171f73967e8", hex(hash.execute("foobar")));
    }

    @Test
    void astNodesDescribeEveryNodeWithItsPlainFields() {
        Value nodes = module.getMember("ast_nodes").execute("print(\"hi\")");
        assertEquals(List.of("Module", "Expr", "Call", "Name id='print'", "Constant value='hi' kind=None", "Load"),
                strings(nodes));
    }

    @Test
    void positionsDoNotChangeTheNodes() {
        Value astNodes = module.getMember("ast_nodes");
        assertEquals(strings(astNodes.execute("x = 1\n")), strings(astNodes.execute("\n\n\nx  =  1\n")));
    }

    /** The same vector is asserted by rust-core's fingerprint tests: a drift on either side fails. */
    @Test
    void fingerprintMatchesTheCrossLanguageVector() {
        Value nodes = module.getMember("ast_nodes").execute("print(\"hi\")");
        assertEquals("f92df8cd6e4116cb", hex(module.getMember("calculate_fingerprint").execute(nodes)));
    }

    @Test
    void fingerprintOfNoNodesIsTheOffsetBasis() {
        assertEquals("cbf29ce484222325", hex(module.getMember("combine_hashes").execute(context.eval("python", "[]"))));
    }

    private static List<String> strings(Value pythonList) {
        return java.util.stream.LongStream.range(0, pythonList.getArraySize())
                .mapToObj(i -> pythonList.getArrayElement(i).asString())
                .toList();
    }

    private static String hex(Value pythonInt) {
        return String.format("%016x", Guests.unsigned64(pythonInt));
    }
}
