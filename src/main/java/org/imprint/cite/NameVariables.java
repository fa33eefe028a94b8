package org.imprint.cite;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;

/**
 * The name lists of a source that Imprint rewrites before citeproc-java sets them (authors,
 * editors, translators, the collection's editors, the container's authors, composers,
 * directors, interviewers, recipients, illustrators), each read and written by its accessor.
 *
 * @param get reads the list ({@code null} when the source has none)
 * @param set writes it on a builder
 */
record NameVariables(Function<CSLItemData, CSLName[]> get, BiFunction<CSLItemDataBuilder, CSLName[], CSLItemDataBuilder> set) {

    /** The lists, in the order a source names them. */
    static final List<NameVariables> ALL = List.of(
            new NameVariables(CSLItemData::getAuthor, CSLItemDataBuilder::author),
            new NameVariables(CSLItemData::getEditor, CSLItemDataBuilder::editor),
            new NameVariables(CSLItemData::getTranslator, CSLItemDataBuilder::translator),
            new NameVariables(CSLItemData::getCollectionEditor, CSLItemDataBuilder::collectionEditor),
            new NameVariables(CSLItemData::getContainerAuthor, CSLItemDataBuilder::containerAuthor),
            new NameVariables(CSLItemData::getComposer, CSLItemDataBuilder::composer),
            new NameVariables(CSLItemData::getDirector, CSLItemDataBuilder::director),
            new NameVariables(CSLItemData::getInterviewer, CSLItemDataBuilder::interviewer),
            new NameVariables(CSLItemData::getRecipient, CSLItemDataBuilder::recipient),
            new NameVariables(CSLItemData::getIllustrator, CSLItemDataBuilder::illustrator));
}
