package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import org.jbibtex.BibTeXDatabase;
import org.junit.jupiter.api.Test;

/** BibTeX fields read as pandoc reads them (its Citeproc.BibTeX), where citeproc-java's converter reads them otherwise. */
class BibTeXFieldsTest {

    private static Map<String, CSLItemData> read(String bib) throws Exception {
        BibTeXConverter converter = new BibTeXConverter();
        BibTeXDatabase db = converter.loadDatabase(new ByteArrayInputStream(bib.getBytes(StandardCharsets.UTF_8)));
        BibTeXFields.prepare(db);
        return BibTeXFields.afterConversion(db, converter.toItemData(db));
    }

    @Test
    void fieldsAsPandocMapsThem() throws Exception {
        Map<String, CSLItemData> items = read("""
                @article{a, author={Lee, Anna}, title={T}, journal={J}, volume={35}, number={4}, year={2019}}
                @article{both, author={Lee, Anna}, title={T}, journal={J}, number={4}, issue={Spring}, year={2019}}
                @phdthesis{p, author={Geer, Ingrid}, title={T}, school={Uppsala Universitet}, year={1985}}
                @mastersthesis{m, author={Geer, Ingrid}, title={T}, school={Lund}, year={1980}}
                @phdthesis{typed, author={Geer, Ingrid}, title={T}, school={Lund}, type={Doctoral dissertation}, year={1980}}
                @techreport{r, author={{WHO}}, title={T}, institution={World Health Organization}, number={42}, year={2021}}
                @misc{u, title={T}, howpublished={\\url{https://example.org/a_b}}, note={See \\emph{this}}, year={2020}}
                @misc{h, title={T}, howpublished={Privately printed}, year={2020}}
                @book{s, author={Roe, R.}, title={T}, series={Studies}, number={7}, publisher={P}, year={2001}}
                """);
        assertEquals("4", items.get("a").getIssue());
        assertNull(items.get("a").getNumber());
        assertEquals("4, Spring", items.get("both").getIssue());
        assertEquals("PhD thesis", items.get("p").getGenre());
        assertEquals("Uppsala Universitet", items.get("p").getPublisher());
        assertEquals("Master\u2019s thesis", items.get("m").getGenre());
        assertEquals("Doctoral dissertation", items.get("typed").getGenre());
        assertEquals("42", items.get("r").getNumber());
        assertEquals("World Health Organization", items.get("r").getPublisher());
        assertEquals("https://example.org/a_b", items.get("u").getURL());
        assertNull(items.get("u").getPublisher());
        assertEquals("See " + RichText.ITALIC + "this" + RichText.ITALIC_END, items.get("u").getNote());
        assertEquals("Privately printed", items.get("h").getPublisher());
        assertEquals("7", items.get("s").getCollectionNumber());
        assertNull(items.get("s").getNumber());
    }
}
