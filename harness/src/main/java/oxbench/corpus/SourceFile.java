package oxbench.corpus;

/**
 * One source file of a corpus, read and decoded.
 *
 * @param name  its path relative to the corpus root, with '/' separators (stable across machines)
 * @param text  its contents, decoded as UTF-8
 * @param bytes its size on disk
 */
public record SourceFile(String name, String text, long bytes) {}
