package oxbench.stories.folder;

import java.util.function.Function;
import oxbench.story.Workload;

/**
 * The timed loop of a row that Java drives: one call per input, in input order, on the inputs as the
 * callee takes them (their bytes for the port, a Uint8Array each for a JavaScript function).
 *
 * @param call     one call: an input to its result (a {@code byte[]} or a guest value)
 * @param inputs   every input, made when the row was opened
 * @param resource what holds the callee (its library or context), closed with the workload
 */
record EachInput<T>(Function<T, Object> call, T[] inputs, AutoCloseable resource) implements Workload {
    /** The port called on each input's bytes. */
    static EachInput<byte[]> ofBytes(Function<byte[], Object> port, FolderInput input, AutoCloseable resource) {
        return new EachInput<>(port, input.inputs().stream().map(FolderInput.Item::data).toArray(byte[][]::new), resource);
    }

    @Override
    public Object[] run() {
        Object[] results = new Object[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            results[i] = call.apply(inputs[i]);
        }
        return results;
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing " + resource + " failed: " + e.getMessage(), e);
        }
    }
}
