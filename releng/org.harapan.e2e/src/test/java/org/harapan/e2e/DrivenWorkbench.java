package org.harapan.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built workbench ({@code ./harapan workbench}) started with {@code -harapanDrive FOLDER}: its driver (in the
 * product, org.harapan.ui.household) writes {@code ready} once the caseload shows rows, then does the commands written
 * here as {@code N.cmd} one after another and answers each in {@code N.out}.
 */
final class DrivenWorkbench implements AutoCloseable {

	private static final long WAIT_SECONDS = 240;

	private final String name;
	private final Path data;
	private final Path folder;
	private final Process process;
	private int sent;

	private DrivenWorkbench(String name, Path data, Path folder, Process process) {
		this.name = name;
		this.data = data;
		this.folder = folder;
		this.process = process;
	}

	/**
	 * Starts the workbench on data folder {@code data} (its settings and preferences already written); {@code name}
	 * names it in messages.
	 */
	static DrivenWorkbench start(String name, Path data) throws IOException {
		Path folder = Files.createDirectories(data.resolve("drive"));
		ProcessBuilder builder = Harapan.command(data, "workbench", "-harapanDrive", folder.toString());
		builder.environment().remove("HARAPAN_USER"); // the user is the one of the data folder's settings
		Process process = builder.redirectErrorStream(true).redirectOutput(data.resolve("workbench.out").toFile())
				.start();
		return new DrivenWorkbench(name, data, folder, process);
	}

	/** Waits until the caseload shows rows and the driver listens. */
	void awaitReady() throws IOException, InterruptedException {
		await(folder.resolve("ready"), "the caseload showing rows");
	}

	/** Does {@code command} in the workbench and answers its reply lines. */
	List<String> send(String command) throws IOException, InterruptedException {
		int n = ++sent;
		Path part = folder.resolve(n + ".cmd.part");
		Files.writeString(part, command, StandardCharsets.UTF_8);
		Files.move(part, folder.resolve(n + ".cmd"));
		List<String> reply = Files.readAllLines(await(folder.resolve(n + ".out"), command), StandardCharsets.UTF_8);
		if (reply.stream().anyMatch(l -> l.startsWith("error "))) {
			throw new AssertionError(name + ": " + command + " failed: " + reply + log());
		}
		return reply;
	}

	/** The values of the reply lines starting with {@code key} and a space. */
	static List<String> values(List<String> reply, String key) {
		List<String> values = new ArrayList<>();
		for (String line : reply) {
			if (line.startsWith(key + " ")) {
				values.add(line.substring(key.length() + 1));
			}
		}
		return values;
	}

	/** The one value of {@code key} in the reply. */
	static String value(List<String> reply, String key) {
		List<String> values = values(reply, key);
		if (values.size() != 1) {
			throw new AssertionError("one " + key + " expected in " + reply);
		}
		return values.get(0);
	}

	private Path await(Path file, String what) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		while (!Files.isRegularFile(file)) {
			if (!process.isAlive()) {
				throw new AssertionError(name + " ended (exit " + process.exitValue() + ") before " + what + log());
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError(name + ": no answer within " + WAIT_SECONDS + " s for " + what + log());
			}
			Thread.sleep(100);
		}
		return file;
	}

	private String log() throws IOException {
		Path eclipseLog = data.resolve("workspace/.metadata/.log");
		String text = "\n--- " + name + " output:\n" + Files.readString(data.resolve("workbench.out"));
		return Files.isRegularFile(eclipseLog) ? text + "\n--- its log:\n" + Files.readString(eclipseLog) : text;
	}

	/** Asks the workbench to quit, and ends it and the script when it does not within 60 s. */
	@Override
	public void close() throws Exception {
		if (process.isAlive()) {
			try {
				Files.writeString(folder.resolve((sent + 1) + ".cmd"), "quit", StandardCharsets.UTF_8);
				sent++;
			} catch (IOException e) {
				// ended below
			}
		}
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			Harapan.stop(process);
		}
	}
}
