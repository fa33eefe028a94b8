package org.imprint.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.cos.COSBase;

/**
 * Walks the glyphs a page draws, as the PDF's text and graphics state place them (ActualText
 * ignored): subclasses take each glyph in {@code showGlyph}, and may note where each text run
 * ({@code Tj}, {@code TJ}) begins.
 */
abstract class GlyphEngine extends PDFStreamEngine {

    GlyphEngine() {
        addOperator(new BeginText(this));
        addOperator(new EndText(this));
        addOperator(new SetFontAndSize(this));
        addOperator(new ShowText(this) {
            @Override
            public void process(Operator operator, List<COSBase> operands) throws IOException {
                textRun();
                super.process(operator, operands);
            }
        });
        addOperator(new ShowTextAdjusted(this) {
            @Override
            public void process(Operator operator, List<COSBase> operands) throws IOException {
                textRun();
                super.process(operator, operands);
            }
        });
        addOperator(new SetMatrix(this));
        addOperator(new SetTextHorizontalScaling(this));
        addOperator(new org.apache.pdfbox.contentstream.operator.text.SetTextRise(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new Concatenate(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new DrawObject(this));
    }

    /** A text-showing operator begins. */
    protected void textRun() {
    }
}
