<#ftl output_format="plainText">
<#-- The article `imprint new` writes into a new report. It receives brand (the merged profile),
     brand_name, slug, title and date (yyyy-mm-dd); every other file in scaffold/ is copied as
     it is. Values go into YAML double quotes, escaped with ?j_string. -->
---
# The front matter: the report's facts, in YAML. Every key Imprint knows is listed; optional
# keys that are commented out are switched on by deleting the "# " in front of them. Put text
# in "quotes" when it contains ": " or starts with a quote, [, {, # or *.

title: "${title?j_string}"   # required
# subtitle: "A subtitle, shown under the title"
series: "${brand.series.default?j_string}"   # the cover's label<#if brand.series.names??>; this brand's series: ${brand.series.names?join(", ")}</#if>
date: ${date}   # required: the publication date, yyyy-mm-dd
language: en   # BCP 47 tag: en, en-GB, zh-Hant-HK, ...
brand: ${brand_name}   # a folder under templates/: the report's look
authors:   # required: at least one
  - name: Jane Doe   # required
    affiliation: "Research Fellow, ${brand.organisation.name?j_string}"
    bio: |   # Markdown, for the author page
      Jane Doe is a research fellow at ${brand.organisation.name}, where she works on regional trade and security. She can be reached at jane.doe@example.org.
    email: jane.doe@example.org
    # photo: figures/jane-doe.jpg
# first_published:   # where the article first appeared, for the note after it
#   outlet: "The Example Review"   # required in first_published
#   place: London
#   date: ${date}
#   url: https://www.example.org/the-article
keywords: [regional trade, maritime security]   # for the PDF's and the e-book's metadata
abstract: |   # Markdown: one or two sentences, shown under the title
  What the report finds, in one or two sentences. Replace this with your own summary.
# bibliography: references.bib   # sources to cite as [@key, p. 4]: BibTeX .bib, CSL .json or .yaml, beside this file
# citation_style: apa   # a CSL style id or a .csl file; default: the brand's (${(brand.citation_style)!"none"})
# identifier: "doi:10.5555/example"   # ISBN, DOI or URN; without it the e-book gets a stable UUID
---

This is the first paragraph of the report. The body is Markdown: a blank line starts a new paragraph, *single asterisks* make italics, **double asterisks** make bold, and a [link](https://www.example.org) is written like this. Replace this text with your own.

## A section heading

Lines starting with `##` open the sections of the article; they become bookmarks in the PDF and entries in the e-book's table of contents. A note is called with a caret in brackets and is set at the foot of the page.[^1]

![Sample figure. An image alone in its paragraph becomes a numbered figure, and its description in the brackets becomes the caption; replace figures/sample-figure.png with your own image.](figures/sample-figure.png)

A chart is drawn from a CSV file (a header row, then one row per category) in the brand's colours and fonts, numbered with the figures; the e-book offers its data as a table. Its text alternative is written from the data unless you give a description.

```chart
type: line            # line, bar, stacked-bar or area
data: figures/sample-data.csv
x: year               # the column of the categories
y: [Exports, Imports] # the columns to draw
caption: Sample chart. Exports and imports, 2020–2025; replace figures/sample-data.csv with your own data.
y_label: USD billion
# description: A text alternative of your own, for readers who cannot see the chart.
```

> A quotation stands in a paragraph that starts with `>`.

- Lists start with a dash,
- or with numbers: `1.`, `2.`, ...

| Tables        | are written | like this |
| ------------- | ----------- | --------: |
| with a header | and rows    |       1.0 |

[^1]: The text of a note goes anywhere below the paragraph that calls it, after the same label.
