package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regional feature whose bundle needs a newer rules API than the product has is refused at install with the
 * versions in words (not a resolver trace), and nothing changes. The repository is the built one with the Paser
 * bundle's requirement as a build against rules API 1.1 would publish it ({@code Require-Bundle: org.harapan.rules;
 * bundle-version="[1.1.0,2.0.0)"}).
 */
class RulesApiRefusalEndToEndTest {

	@TempDir
	Path data;

	@Test
	void aFeatureNeedingANewerRulesApiIsRefusedWithTheReason() throws Exception {
		Path product = ProvisioningEndToEndTest.productCopy(data);
		assertEquals(0, Harapan.runOn(product, data, "uninstall", "paser").exitCode());
		Path repository = newerApiRepository(data.resolve("repository-api-1.1"));

		Harapan.Result refused = Harapan.runOn(product, data, "install", "paser", "--repository", repository.toString());
		assertEquals(1, refused.exitCode(), refused.err());
		assertTrue(refused.err().contains(
				"feature org.harapan.feature.region.paser needs rules API >= 1.1.0, this product has 1.0.0"), refused.err());
		assertTrue(refused.err().contains("nothing changed") && !refused.err().contains("Exception"), refused.err());
		Harapan.Result installed = Harapan.runOn(product, data, "installed");
		assertTrue(!installed.out().contains("org.harapan.feature.region.paser"), installed.out());

		Harapan.Result listed = Harapan.runOn(product, data, "features", "--repository", repository.toString());
		assertTrue(listed.out().contains("refused: feature org.harapan.feature.region.paser needs rules API >= 1.1.0")
				&& listed.out().contains("org.harapan.feature.region.musirawas"), listed.out());
	}

	/** A copy of the built repository whose Paser bundle requires rules API [1.1.0,2.0.0). */
	private static Path newerApiRepository(Path target) throws IOException {
		Path built = Harapan.root().resolve("releng/org.harapan.product/target/repository");
		ProvisioningEndToEndTest.copy(built, target);
		String content = unjar(target.resolve("content.jar"), "content.xml");
		Matcher unit = Pattern.compile("(?s)<unit id='org\\.harapan\\.rules\\.region\\.paser' .*?</unit>").matcher(content);
		assertTrue(unit.find(), "the Paser bundle in the repository");
		String changed = unit.group().replace("name='org.harapan.rules' range='[1.0.0,2.0.0)'",
				"name='org.harapan.rules' range='[1.1.0,2.0.0)'");
		assertTrue(!changed.equals(unit.group()), "the Paser bundle requires rules [1.0.0,2.0.0): " + unit.group());
		Files.delete(target.resolve("content.jar"));
		Files.deleteIfExists(target.resolve("content.xml.xz"));
		Files.deleteIfExists(target.resolve("p2.index"));
		Files.writeString(target.resolve("content.xml"), content.replace(unit.group(), changed));
		return target;
	}

	private static String unjar(Path jar, String entry) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (e.getName().equals(entry)) {
					return read(in);
				}
			}
		}
		throw new AssertionError(jar + " has no " + entry);
	}

	private static String read(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toString(StandardCharsets.UTF_8);
	}
}
