package org.harapan.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.harapan.model.Household;
import org.harapan.model.Sex;
import org.harapan.model.edit.labels.HarapanLabelAdapterFactory;
import org.harapan.model.edit.labels.LabelItemProviders;
import org.harapan.model.provider.HarapanEditPlugin;
import org.junit.jupiter.api.Test;

/**
 * The running edit plugin speaks the language the runtime was started in: run once with
 * {@code -nl en} and once with {@code -nl id} (build.properties: skipIndonesianRun = false), this shows
 * that Equinox and EMF pick {@code plugin_id.properties} for Indonesian on Java 21+.
 */
class LanguageTest {

	private static boolean indonesian() {
		String nl = System.getProperty("osgi.nl", Locale.getDefault().toString());
		return nl.startsWith("id") || nl.startsWith("in");
	}

	@Test
	void pluginSpeaksTheRuntimeLanguage() {
		Household household = LabelsTest.household();
		HarapanLabelAdapterFactory factory = new HarapanLabelAdapterFactory();
		String label = ((IItemLabelProvider) factory.adapt(household, IItemLabelProvider.class)).getText(household);
		if (indonesian()) {
			assertEquals("KPM (keluarga) 6401-000123 \u2013 Siti Aminah", label);
			assertEquals("perempuan", LabelItemProviders.literal(Sex.FEMALE));
		} else {
			assertEquals("KPM (household) 6401-000123 \u2013 Siti Aminah", label);
			assertEquals("female", LabelItemProviders.literal(Sex.FEMALE));
		}
	}

	@Test
	void everyKeyTranslated() throws IOException {
		Properties en = load("plugin.properties");
		Properties id = load("plugin_id.properties");
		assertEquals(en.keySet(), id.keySet());
	}

	private static Properties load(String file) throws IOException {
		Properties p = new Properties();
		URI base = URI.create(HarapanEditPlugin.INSTANCE.getBaseURL().toString());
		try (InputStream in = base.resolve(file).toURL().openStream()) {
			p.load(in);
		}
		return p;
	}
}
