package oxbench.stories.pitfallbatching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import oxbench.stories.boundary.JavaFnv;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.summary.Status;
import oxbench.polyglot.Guests;
import oxbench.story.Implementation;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** All six implementations hash every item as Java's own FNV-1a does, for a single item and for many. */
class ImplementationsAgreeTest {
    private static final BatchingStory STORY = new BatchingStory();
    private static final BatchingInput LARGEST = new BatchingInput(BatchingStory.SEED, BatchingStory.ITEM_LENGTH, 1000, List.of(1000));

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 10, 1000})
    void everyImplementationHashesEveryItem(int count) throws Exception {
        BatchingInput input = STORY.atSize(LARGEST, count);
        byte[] items = input.items();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] item = java.util.Arrays.copyOfRange(items, i * input.itemLength(), (i + 1) * input.itemLength());
            expected.add(i + " " + HexFormat.of().toHexDigits(JavaFnv.hash(item)));
        }
        assertEquals(expected, OutputCheck.expected(STORY, input), "the baseline against Java's FNV-1a");
        for (Implementation<BatchingInput> impl : STORY.implementations()) {
            CheckResult check = OutputCheck.check(STORY, impl, input, expected);
            assertEquals(Status.OK, check.status(), impl.id() + " at " + count + ": " + check.message());
        }
    }

    @Test
    void pythonRefusesABufferThatIsNotWholeItems() {
        try (Context context = Guests.shared().newContext("python")) {
            Value module = Guests.loadPythonModule(context, "batching");
            Value data = context.eval("python", "b'x' * 63");
            Value never = context.eval("python", "lambda *arguments: 1 / 0");
            for (String function : List.of("hash_each", "hash_batch")) {
                PolyglotException e = assertThrows(PolyglotException.class,
                        () -> module.getMember(function).execute(never, data, 64));
                assertTrue(e.getMessage().contains("63 bytes are not whole items of 64 bytes"), function + ": " + e.getMessage());
                assertEquals("ValueError", e.getGuestObject().getMetaObject().getMetaSimpleName(), function);
            }
        }
    }

    @Test
    void javaScriptRefusesABufferThatIsNotWholeItems() {
        try (Context context = Guests.shared().newContext("js", "wasm")) {
            Value api = context.eval(Source.create("js", Guests.sample("javascript/batching.js")));
            Value items = context.eval("js", "new Uint8Array(63)");
            // The check comes before any call into the module, so no module is needed to see it.
            for (String function : List.of("hashEach", "hashBatch")) {
                PolyglotException e = assertThrows(PolyglotException.class,
                        () -> api.getMember(function).execute(Value.asValue(null), items, 64));
                assertTrue(e.getMessage().contains("63 bytes are not whole items of 64 bytes"), function + ": " + e.getMessage());
                assertEquals("RangeError", e.getGuestObject().getMetaObject().getMetaSimpleName(), function);
            }
        }
    }
}
