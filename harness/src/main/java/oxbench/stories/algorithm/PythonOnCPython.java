package oxbench.stories.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import oxbench.external.Drivers;
import oxbench.external.ExternalImplementation;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;

/**
 * The same {@code duplicates.py} functions as {@code python-naive@graalpy} and
 * {@code python-nlogn@graalpy}, under CPython in a separate process: the setting the guide's
 * "stayed in Python" story is about.
 */
final class PythonOnCPython extends ExternalImplementation<DuplicatesInput> {
    PythonOnCPython(String id, String function) {
        super(id, "python", Drivers.cpython("algorithm", function));
    }

    /** For each fragment, the index of the first with the same fingerprint. */
    @Override
    protected Object output(JsonNode output, DuplicatesInput input) {
        int[] first = new int[output.size()];
        for (int i = 0; i < first.length; i++) {
            first[i] = output.get(i).asInt();
        }
        return first;
    }

    /** CPython, outside the JVM. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.EXTERNAL);
    }
}
