package oxbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import oxbench.results.InputDigest;
import oxbench.summary.Summary;

/** One machine-readable file a report writes beside report.md, for a tool that reads it as it is. */
public interface Export {
    List<Export> ALL = List.of(new CsvExport(), new GithubActionBenchmarkExport(), new BencherExport());

    String fileName();

    void write(Summary summary, OutputStream out) throws IOException;

    /**
     * The name CI tools key a series on: one implementation of one story, measured in one mode and guest
     * runtime mode on one input, e.g. {@code patterns/rust@ffm (quick, jit, 1000 patterns, input 1a2b3c4d)}.
     * A quick and a full run, or two sizes or corpora, never share a name (the input digest changes with
     * the story's {@code input} in summary.json); two runs of the same settings always do.
     */
    static String benchmarkName(Summary.RunInfo run, Summary.StoryResult story, Summary.ImplementationResult impl) {
        String size = size(story);
        return story.story() + "/" + impl.impl() + " (" + run.mode() + ", " + impl.runtimeMode()
                + (size == null ? "" : ", " + size) + ", input " + InputDigest.of(story.input()) + ")";
    }

    /** A scaling story's own size, e.g. {@code 1000 patterns}; null for a story without a scaling table. */
    static String size(Summary.StoryResult story) {
        return story.scaling() == null ? null : story.scaling().size() + " " + story.scaling().unit();
    }

    /**
     * The lower end of a time's interval as a time can be: JMH's symmetric interval reaches below zero
     * when the error is larger than the score (few or noisy samples), and no time is negative.
     */
    static Double physicalLow(Double low) {
        return low == null ? null : Math.max(0.0, low);
    }

    /** Whether {@link #physicalLow} moved the row's lower end up to 0. */
    static boolean lowClamped(Summary.ImplementationResult impl) {
        return impl.ciLow() != null && impl.ciLow() < 0;
    }

    /**
     * {@code value} as JavaScript's {@code Number.prototype.toString} writes it (shortest round-trip digits,
     * plain from 1e-6 to below 1e21, else {@code 1.5e-7}), so that a JavaScript tool that parses the number
     * and writes it back (github-action-benchmark's {@code range}) leaves the string as it is.
     */
    static String jsNumber(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-6 && magnitude < 1e21) {
            return shortest.toPlainString();
        }
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        return (value < 0 ? "-" : "") + digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "")
                + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
}
