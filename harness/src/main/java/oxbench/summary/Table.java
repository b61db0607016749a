package oxbench.summary;

import java.util.List;

/**
 * A table a claim hands to every renderer (console, {@code bench show}, report.md, report.html,
 * proposals), which draw it without knowing the claim's kind. Tables of one story with the same
 * {@code title} and {@code header} are one table: their rows follow each other in claim order, and
 * their quotes and notes are shown once each.
 *
 * @param title  the table's heading, e.g. {@code The guide's claims}
 * @param quotes what the guide says, quoted above the table
 * @param intro  a sentence shown between the heading and the table, or null
 * @param header the column names
 * @param rows   the cells, one list per row, as wide as {@code header}
 * @param notes  sentences under the table in the reports: how its verdicts are decided
 * @param footnotes sentences under the table in every view, the console's included: what the
 *               numbers must be read with (e.g. which setting the guide's times belong to)
 */
public record Table(String title, List<String> quotes, String intro, List<String> header, List<List<String>> rows,
        List<String> notes, List<String> footnotes) {
    public Table {
        quotes = quotes == null ? List.of() : quotes.stream().filter(quote -> quote != null && !quote.isBlank()).toList();
        header = List.copyOf(header);
        rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
        notes = notes == null ? List.of() : notes.stream().filter(java.util.Objects::nonNull).toList();
        footnotes = footnotes == null ? List.of() : footnotes.stream().filter(java.util.Objects::nonNull).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of table '" + title + "' has " + row.size()
                        + " cells for " + header.size() + " columns");
            }
        }
    }

    /** A table without footnotes. */
    public Table(String title, List<String> quotes, String intro, List<String> header, List<List<String>> rows,
            List<String> notes) {
        this(title, quotes, intro, header, rows, notes, List.of());
    }

    /** A row or a list of quotes whose cells may be null (a finding a crafted summary left out): null is empty. */
    public static List<String> cells(String... cells) {
        return java.util.Arrays.stream(cells).map(cell -> cell == null ? "" : cell).toList();
    }

    /**
     * A one-line verdict in the story's one table of them ("Verdicts"), which the lessons' claims of
     * every kind and the comparisons' findings join: {@code finding} and its verdict, under the quoted
     * {@code source}, with {@code rule} (how the verdict is decided) as its note.
     */
    public static Table verdictLine(String source, String finding, Verdict verdict, String rule) {
        return new Table("Verdicts", cells(source), null, List.of("measured", "verdict"),
                List.of(cells(finding, verdict.label())), List.of(rule));
    }

    /** Whether {@code other} is the same table (same title and columns), so that its rows join these. */
    public boolean sameAs(Table other) {
        return java.util.Objects.equals(title, other.title) && header.equals(other.header);
    }
}
