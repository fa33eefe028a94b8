package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;

/**
 * The name lists of a source, each read and written by its accessor: what Imprint rewrites before
 * citeproc-java sets them, and what a source's copy may lose ({@link SuppressedAuthor}).
 *
 * @param name the CSL variable ({@code "collection-editor"})
 * @param get  reads the list ({@code null} when the source has none)
 * @param set  writes it on a builder
 */
record NameVariables(String name, Function<CSLItemData, CSLName[]> get,
                     BiFunction<CSLItemDataBuilder, CSLName[], CSLItemDataBuilder> set) {

    /** Every name variable citeproc-java knows, by its CSL name. */
    static final Map<String, NameVariables> BY_NAME = Stream.of(
            new NameVariables("author", CSLItemData::getAuthor, CSLItemDataBuilder::author),
            new NameVariables("editor", CSLItemData::getEditor, CSLItemDataBuilder::editor),
            new NameVariables("translator", CSLItemData::getTranslator, CSLItemDataBuilder::translator),
            new NameVariables("collection-editor", CSLItemData::getCollectionEditor, CSLItemDataBuilder::collectionEditor),
            new NameVariables("container-author", CSLItemData::getContainerAuthor, CSLItemDataBuilder::containerAuthor),
            new NameVariables("composer", CSLItemData::getComposer, CSLItemDataBuilder::composer),
            new NameVariables("director", CSLItemData::getDirector, CSLItemDataBuilder::director),
            new NameVariables("interviewer", CSLItemData::getInterviewer, CSLItemDataBuilder::interviewer),
            new NameVariables("recipient", CSLItemData::getRecipient, CSLItemDataBuilder::recipient),
            new NameVariables("illustrator", CSLItemData::getIllustrator, CSLItemDataBuilder::illustrator),
            new NameVariables("compiler", CSLItemData::getCompiler, CSLItemDataBuilder::compiler),
            new NameVariables("editorial-director", CSLItemData::getEditorialDirector, CSLItemDataBuilder::editorialDirector),
            new NameVariables("curator", CSLItemData::getCurator, CSLItemDataBuilder::curator),
            new NameVariables("original-author", CSLItemData::getOriginalAuthor, CSLItemDataBuilder::originalAuthor),
            new NameVariables("contributor", CSLItemData::getContributor, CSLItemDataBuilder::contributor),
            new NameVariables("organizer", CSLItemData::getOrganizer, CSLItemDataBuilder::organizer),
            new NameVariables("guest", CSLItemData::getGuest, CSLItemDataBuilder::guest),
            new NameVariables("host", CSLItemData::getHost, CSLItemDataBuilder::host),
            new NameVariables("performer", CSLItemData::getPerformer, CSLItemDataBuilder::performer),
            new NameVariables("producer", CSLItemData::getProducer, CSLItemDataBuilder::producer))
            .collect(Collectors.toMap(NameVariables::name, v -> v, (a, b) -> a, LinkedHashMap::new));

    /** The lists Imprint rewrites (initials, particles, et al., scripts), in the order a source names them. */
    static final List<NameVariables> ALL = Stream.of("author", "editor", "translator", "collection-editor", "container-author",
            "composer", "director", "interviewer", "recipient", "illustrator").map(BY_NAME::get).toList();
}
