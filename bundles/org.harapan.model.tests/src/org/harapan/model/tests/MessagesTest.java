package org.harapan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.harapan.model.validation.Messages;
import org.junit.jupiter.api.Test;

/** English and Indonesian validation messages have the same keys; the Indonesian ones really are. */
class MessagesTest {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			p.load(in);
		}
		return p;
	}

	@Test
	void sameKeysInBothLanguages() throws IOException {
		Properties en = load("messages.properties");
		Properties id = load("messages_id.properties");
		assertEquals(en.keySet(), id.keySet());
		for (String key : en.stringPropertyNames()) {
			if (!key.startsWith("subjectHousehold")) {
				assertNotEquals(en.getProperty(key), id.getProperty(key), key);
			}
		}
	}

	@Test
	void indonesianMessageNamesTheField() throws IOException {
		Properties id = load("messages_id.properties");
		assertEquals("NIK anggota Siti Aminah: harus 16 digit, tertulis \"123\".",
				NLS.bind(id.getProperty("nikFormat"), NLS.bind(id.getProperty("subjectMember"), "Siti Aminah"), "123"));
		assertEquals("NIK anggota Siti: 3171071204850001 sudah terdaftar pada KPM (keluarga) 1807-000777.",
				NLS.bind(id.getProperty("nikDuplicateInStore"),
						new Object[] { "anggota Siti", "3171071204850001", "1807-000777" }));
	}
}
