package oxbench.stories.folder;

import java.util.List;
import oxbench.story.Implementation;

/**
 * The rows of a folder story that run in oxbench's process: the prototype in GraalPy or GraalJS (the
 * baseline), Java calling the port natively (FFM) and in GraalWasm, and the prototype's language calling
 * the port (through a host function and FFM from Python, through wasm from Python and JavaScript).
 */
final class InProcessRows {
    private InProcessRows() {}

    static List<Implementation<FolderInput>> of(String language) {
        if (language.equals("python")) {
            return List.of(new PythonOnGraalPy(), new PortOnFfm(), new PortOnGraalWasm(), new PythonWithPortFfm(), new PythonWithPortWasm());
        }
        return List.of(new JsOnGraalJs(), new PortOnFfm(), new PortOnGraalWasm(), new JsWithPortWasm());
    }
}
