package dev.berth.render;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whatever a host prints reaches the JUnit report intact and the XML stays well-formed. */
class DriftJunitEscapingTest {
    @Test
    void attributesAndTextSurviveAnXmlParser() throws Exception {
        String nasty = "a \"quoted\" <tag> & 'apostrophe'\nsecond line\tand a control character \u0001 and \uD83D\uDE00";
        String xml = "<x a=\"" + DriftJunitRenderer.attribute(nasty) + "\">" + DriftJunitRenderer.text(nasty) + "</x>";
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String clean = "a \"quoted\" <tag> & 'apostrophe'\nsecond line\tand a control character  and \uD83D\uDE00";
        assertEquals(clean, document.getDocumentElement().getAttribute("a"), "line breaks and tabs kept in attributes");
        assertEquals(clean, document.getDocumentElement().getTextContent());
    }
}
