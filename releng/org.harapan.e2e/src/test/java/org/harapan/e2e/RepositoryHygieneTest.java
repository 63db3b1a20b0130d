package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** No committed file names a download host: dependencies come through the configured repositories. */
class RepositoryHygieneTest {

	private static final Pattern DOWNLOAD_HOST = Pattern.compile(
			"repo1?\\.maven\\.(apache\\.)?org|maven\\.apache\\.org|registry\\.npmjs\\.org|registry\\.yarnpkg\\.com"
					+ "|deb\\.debian\\.org|security\\.debian\\.org|download\\.eclipse\\.org|archive\\.apache\\.org"
					+ "|dlcdn\\.apache\\.org|github\\.com/.*/releases|distributionUrl\\s*=|wrapperUrl\\s*=",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noCommittedFileNamesADownloadHost() throws Exception {
		Process git = new ProcessBuilder("git", "ls-files", "-z").directory(Harapan.root().toFile()).start();
		String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, git.waitFor(), "git ls-files");
		List<String> files = List.of(listing.split("\0"));
		assertFalse(files.isEmpty());
		List<String> offenders = new ArrayList<>();
		for (String name : files) {
			Path file = Harapan.root().resolve(name);
			if (name.isEmpty() || !Files.isRegularFile(file) || Files.size(file) > 20_000_000) {
				continue;
			}
			String text = read(file);
			var matcher = DOWNLOAD_HOST.matcher(text);
			if (matcher.find()) {
				offenders.add(name + ": " + matcher.group());
			}
		}
		assertEquals(List.of(), offenders);
	}

	private static String read(Path file) throws IOException {
		return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
	}
}
