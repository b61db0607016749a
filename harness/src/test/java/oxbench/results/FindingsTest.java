package oxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A comparison's finding, its template filled from two scores. */
class FindingsTest {
    @Test
    void findingsFillTheirTemplates() {
        assertEquals("JSON at the boundary costs 25.0% of the call (1.500 us per file), 1.33x",
                Findings.fill("JSON at the boundary costs {share} of the call ({difference} per file), {ratio}x",
                        6, 4.5, "us/file"));
        assertEquals("160/s against 6,250/s", Findings.fill("{slower_rate} against {faster_rate}", 6250, 160, "us/call"));
        assertNull(Findings.fill(null, 1, 1, "us/file"));
        assertEquals("takes 0.732x as long (-1.110 ms per file)",
                Findings.fill("takes {ratio}x as long ({difference} per file)", 3038, 4148, "us/file"),
                "a 'slower' side that was faster: the ratio under 1 and the difference negative, in the right unit");
    }
}
