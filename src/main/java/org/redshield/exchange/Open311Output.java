package org.redshield.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Open311 responses in the format the URL asks for: {@code .json} (application/json; the Spark convention: the root
 * element's list becomes an array) or {@code .xml} (text/xml, UTF-8, with the XML declaration; no namespace). A null
 * field is an empty element in XML and null in JSON; a list field holds one element per item, named in the singular
 * ({@code attributes/attribute}, {@code values/value}).
 */
final class Open311Output {

	static final MediaType JSON = MediaType.parseMediaType("application/json; charset=utf-8");

	static final MediaType XML = MediaType.parseMediaType("text/xml; charset=utf-8");

	private Open311Output() {
	}

	/** A list: {@code <root><item>...</item>...</root>} or a JSON array. */
	static ResponseEntity<byte[]> list(int status, String format, String root, String item,
			List<? extends Map<String, ?>> items) {
		if ("json".equals(format)) {
			return ResponseEntity.status(status).contentType(JSON).body(Outbox.JSON.writeValueAsBytes(items));
		}
		return ResponseEntity.status(status).contentType(XML).body(xml(w -> {
			w.writeStartElement(root);
			for (Map<String, ?> map : items) {
				element(w, item, map);
			}
			w.writeEndElement();
		}));
	}

	/** One object: {@code <root>...</root>} or a JSON object. */
	static ResponseEntity<byte[]> object(int status, String format, String root, Map<String, ?> object) {
		if ("json".equals(format)) {
			return ResponseEntity.status(status).contentType(JSON).body(Outbox.JSON.writeValueAsBytes(object));
		}
		return ResponseEntity.status(status).contentType(XML).body(xml(w -> element(w, root, object)));
	}

	static ResponseEntity<byte[]> errors(int status, String format, List<Open311Exception.Error> errors) {
		List<Map<String, ?>> items = new java.util.ArrayList<>();
		for (Open311Exception.Error e : errors) {
			Map<String, Object> item = new java.util.LinkedHashMap<>();
			item.put("code", e.code());
			item.put("description", e.description());
			items.add(item);
		}
		return list(status, "json".equals(format) ? "json" : "xml", "errors", "error", items);
	}

	private interface Body {

		void write(XMLStreamWriter w) throws XMLStreamException;
	}

	private static byte[] xml(Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			w.writeStartDocument("UTF-8", "1.0");
			body.write(w);
			w.writeEndDocument();
			w.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
		if (value == null) {
			w.writeEmptyElement(name);
			return;
		}
		w.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> e : map.entrySet()) {
				element(w, e.getKey().toString(), e.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
			for (Object item : list) {
				element(w, singular, item);
			}
		}
		else {
			w.writeCharacters(value.toString());
		}
		w.writeEndElement();
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
