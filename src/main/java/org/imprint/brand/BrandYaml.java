package org.imprint.brand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.imprint.ReportException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * One {@code brand.yaml} read twice from the same node tree: as plain values (what layouts see)
 * and as the line of every key, as the article's front matter is read.
 *
 * @param values the profile's values
 * @param lines  the line of each key, by path
 */
record BrandYaml(Map<String, Object> values, Map<String, ProfileLines.Line> lines) {

    @SuppressWarnings("unchecked")
    static BrandYaml read(Path file) throws ReportException {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setMaxAliasesForCollections(20).build();
        try {
            String text = Files.readString(file);
            Node root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)))
                    .getSingleNode().orElse(null);
            if (!(root instanceof MappingNode)) {
                throw new ReportException(file, 1, "a brand profile must be a mapping of keys to values (key: value lines)");
            }
            Object values = new StandardConstructor(settings).constructSingleDocument(Optional.of(root));
            Map<String, ProfileLines.Line> lines = new java.util.LinkedHashMap<>();
            walk(file, root, "", lines);
            return new BrandYaml((Map<String, Object>) values, lines);
        } catch (MarkedYamlEngineException e) {
            throw new ReportException(file, e.getProblemMark().map(m -> m.getLine() + 1).orElse(0),
                    "not valid YAML: " + e.getProblem() + " (check indentation, and quote colours: \"#7B1E2B\")");
        } catch (YamlEngineException | IOException | ClassCastException e) {
            throw new ReportException(file, 0, "cannot read the brand profile: " + e.getMessage());
        }
    }

    private static void walk(Path file, Node node, String path, Map<String, ProfileLines.Line> lines) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    lines.put(child, line(file, tuple.getKeyNode()));
                    walk(file, tuple.getValueNode(), child, lines);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            int i = 1;
            for (Node item : sequence.getValue()) {
                String child = path + "[" + i++ + "]";
                lines.put(child, line(file, item));
                walk(file, item, child, lines);
            }
        }
    }

    private static ProfileLines.Line line(Path file, Node node) {
        return new ProfileLines.Line(file, node.getStartMark().map(m -> m.getLine() + 1).orElse(0));
    }
}
