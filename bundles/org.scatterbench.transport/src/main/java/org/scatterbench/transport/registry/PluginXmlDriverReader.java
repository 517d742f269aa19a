package org.scatterbench.transport.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the driver contributions of one plugin.xml the way the extension registry sees them, without
 * OSGi. Bundles use it in their tests to prove that what plugin.xml declares is what the driver class
 * answers, so the metadata read before loading can never drift from the code.
 */
public final class PluginXmlDriverReader {

    public List<DriverElement> read(InputStream pluginXml, String contributor) throws IOException {
        Document doc = parse(pluginXml);
        List<DriverElement> result = new ArrayList<>();
        NodeList extensions = doc.getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            Element ext = (Element) extensions.item(i);
            if (!ExtensionDriverSource.EXTENSION_POINT.equals(ext.getAttribute("point"))) {
                continue;
            }
            for (Element driver : children(ext, "driver")) {
                List<String> patterns = new ArrayList<>();
                for (Element p : children(driver, "portPattern")) {
                    patterns.add(attribute(p, "pattern"));
                }
                List<DriverElement.UsbDevice> usb = new ArrayList<>();
                for (Element u : children(driver, "usbDevice")) {
                    usb.add(new DriverElement.UsbDevice(attribute(u, "vendorId"), attribute(u, "productId")));
                }
                result.add(new DriverElement(contributor, attribute(driver, "id"), attribute(driver, "name"),
                        attribute(driver, "class"), patterns, usb));
            }
        }
        return result;
    }

    /** Like IConfigurationElement.getAttribute: null when absent. */
    private static String attribute(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("malformed plugin.xml: " + e.getMessage(), e);
        }
    }
}
