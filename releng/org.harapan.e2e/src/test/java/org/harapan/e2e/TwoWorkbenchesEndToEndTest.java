package org.harapan.e2e;

import static org.harapan.e2e.DrivenWorkbench.value;
import static org.harapan.e2e.DrivenWorkbench.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Two workbench processes of the built product on one H2 store file (the first serves it, the other connects: H2's
 * automatic mixed mode), under Xvfb: both open the same household file and change its address; the first saves; the
 * second's save is refused with the dialog naming who changed it and when, offering Reload and Compare; Compare
 * shows both addresses, Reload shows the stored one. Afterwards the store holds the first user's address: nothing
 * was overwritten. Each workbench is driven from inside by its {@code -harapanDrive} folder, and the test makes them
 * take turns through those folders.
 */
class TwoWorkbenchesEndToEndTest {

	private static final String ANI = "ani.pendamping";
	private static final String BUDI = "budi.pendamping";

	@Test
	void theSecondSaveOfAHouseholdIsRefusedNamingWhoChangedItAndWhenAndNothingIsOverwritten() throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "./harapan test runs the tests on an Xvfb display; DISPLAY must be set");
		Path dir = Files.createTempDirectory(Harapan.build(), "two-workbenches");
		Path store = dir.resolve("shared/harapan");
		Path cli = dir.resolve("cli");
		Harapan.Result demo = Harapan.run(cli, "demo", "--households", "150", "--db", store.toString(), "--today",
				"2026-06-15");
		assertEquals(0, demo.exitCode(), demo.err());
		Map<String, String> stored = addresses(cli, store);
		String kpmId = new ArrayList<>(stored.keySet()).get(stored.size() / 2);
		String before = stored.get(kpmId);

		String anis = "RT 004 / RW 002 saved by Ani " + System.nanoTime();
		String budis = "RT 009 / RW 001 typed by Budi " + System.nanoTime();
		try (DrivenWorkbench ani = DrivenWorkbench.start("Ani's workbench", dataFolder(dir.resolve("ani"), ANI, store));
				DrivenWorkbench budi = DrivenWorkbench.start("Budi's workbench",
						dataFolder(dir.resolve("budi"), BUDI, store))) {
			ani.awaitReady();
			budi.awaitReady();
			List<String> aniOpened = ani.send("open " + kpmId);
			List<String> budiOpened = budi.send("open " + kpmId);
			assertEquals(before, value(aniOpened, "editor.address"));
			assertEquals(value(aniOpened, "editor.version"), value(budiOpened, "editor.version"), "the same version");
			long opened = Long.parseLong(value(budiOpened, "editor.version"));
			assertEquals("true", value(ani.send("set address " + anis), "editor.dirty"));
			assertEquals("true", value(budi.send("set address " + budis), "editor.dirty"));

			List<String> first = ani.send("save");
			assertEquals(List.of(), values(first, "dialog.class"), "the first save is not refused: " + first);
			assertEquals("false", value(first, "editor.dirty"), first.toString());
			assertEquals(opened + 1, Long.parseLong(value(first, "editor.version")), first.toString());

			List<String> refused = budi.send("save");
			assertEquals("ConflictDialog", value(refused, "dialog.class"), "the second save is refused: " + refused);
			String message = String.join("\n", values(refused, "dialog.label"));
			assertTrue(message.contains(kpmId + " was changed by " + ANI), message);
			String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK)
					.format(LocalDate.now());
			assertTrue(message.contains(" on " + today), "when: " + message);
			assertTrue(message.contains("Your changes are not saved"), message);
			assertTrue(values(refused, "dialog.button").containsAll(List.of("Reload", "Compare")), refused.toString());
			budi.send("screenshot " + Harapan.build().resolve("two-workbenches-conflict.png"));

			List<String> compared = budi.send("press Compare");
			assertEquals("CompareDialog", value(compared, "dialog.class"), compared.toString());
			assertTrue(values(compared, "dialog.row").stream().anyMatch(r -> r.endsWith(budis + " | " + anis)),
					"Compare shows Budi's and Ani's address: " + compared);
			budi.send("screenshot " + Harapan.build().resolve("two-workbenches-compare.png"));

			List<String> reloaded = budi.send("press Reload");
			assertEquals(List.of(), values(reloaded, "dialog.class"), reloaded.toString());
			assertEquals(anis, value(reloaded, "editor.address"), "Reload shows the stored version");
			assertEquals("false", value(reloaded, "editor.dirty"));
		}
		assertEquals(anis, addresses(cli, store).get(kpmId), "the stored household has Ani's address: nothing overwritten");
		Harapan.Result audit = Harapan.run(cli, "audit", "--household", kpmId, "--db", store.toString());
		assertEquals(0, audit.exitCode(), audit.err());
		assertTrue(audit.out().contains(ANI), audit.out());
		assertFalse(audit.out().lines().anyMatch(l -> l.contains(BUDI) && l.contains("change")), audit.out());
	}

	/**
	 * A data folder whose settings name the shared store and the user; its role and region (a district supervisor
	 * of Paser) chosen, so that the workbench starts into the caseload.
	 */
	private static Path dataFolder(Path data, String user, Path store) throws Exception {
		Path settings = Files.createDirectories(data.resolve("workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings"));
		Files.writeString(settings.resolve("org.harapan.ui.prefs"), "eclipse.preferences.version=1\n"
				+ "workingRegion.role=DISTRICT_SUPERVISOR\nworkingRegion.kabupaten=64.01\nworkingRegion.desa=\n");
		Files.writeString(data.resolve("settings.properties"), "store=" + store + "\nuser=" + user + "\nlanguage=en\n");
		return data;
	}

	/** The address of each household as the store holds it ({@code export households}), by KPM id. */
	private static Map<String, String> addresses(Path cli, Path store) throws Exception {
		Path csv = Files.createTempFile(Harapan.build(), "households", ".csv");
		Harapan.Result export = Harapan.run(cli, "export", "households", "--out", csv.toString(), "--db",
				store.toString());
		assertEquals(0, export.exitCode(), export.err());
		List<String> lines = Files.readAllLines(csv);
		List<String> header = List.of(lines.get(0).split(","));
		int column = header.indexOf("address");
		Map<String, String> addresses = new LinkedHashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			List<String> fields = fields(line);
			if (!fields.get(0).isEmpty()) {
				addresses.putIfAbsent(fields.get(0), fields.get(column));
			}
		}
		assertTrue(addresses.size() > 100, "the demo households: " + addresses.size());
		return addresses;
	}

	/** The fields of a CSV line (RFC 4180 quoting). */
	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			} else if (c == '"') {
				quoted = !quoted;
			} else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			} else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}
}
