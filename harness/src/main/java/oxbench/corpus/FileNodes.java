package oxbench.corpus;

import java.util.List;

/**
 * One file of the fingerprint story's input: its AST node strings, as the Python prototype's
 * {@code ast_nodes} describes them.
 *
 * @param name  path relative to the corpus root
 * @param bytes size of the source file
 * @param nodes the node strings, in {@code ast.walk} order
 */
public record FileNodes(String name, long bytes, List<String> nodes) {}
