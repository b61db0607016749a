package oxbench.stories.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesTest {
    @Test
    void closesInTheOrderAddedAndEveryOneEvenAfterAFailure() {
        List<String> closed = new ArrayList<>();
        Resources resources = new Resources();
        resources.add(() -> closed.add("context"));
        resources.add(() -> {
            closed.add("library");
            throw new IllegalStateException("library would not unload");
        });
        resources.add(() -> closed.add("last"));
        IllegalStateException failure = assertThrows(IllegalStateException.class, resources::close);
        assertEquals("library would not unload", failure.getMessage());
        assertEquals(List.of("context", "library", "last"), closed);
        resources.close(); // nothing is closed twice
        assertEquals(3, closed.size());
    }
}
