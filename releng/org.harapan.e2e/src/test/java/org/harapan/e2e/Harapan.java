package org.harapan.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs the {@code ./harapan} script of this checkout against the product the build just made. */
final class Harapan {

	record Result(int exitCode, String out, String err) {
	}

	static Path root() {
		return Path.of(System.getProperty("harapan.root", "../..")).toAbsolutePath().normalize();
	}

	static Path build() {
		return Path.of(System.getProperty("harapan.build", "target")).toAbsolutePath();
	}

	/** A process builder for {@code ./harapan args} with its own data folder and no rebuild. */
	static ProcessBuilder command(Path data, String... args) {
		List<String> command = new ArrayList<>();
		command.add(root().resolve("harapan").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile());
		Map<String, String> env = builder.environment();
		env.put("HARAPAN_DATA", data.toString());
		env.put("HARAPAN_NO_BUILD", "1");
		return builder;
	}

	static Result run(Path data, String... args) throws IOException, InterruptedException {
		return run(command(data, args));
	}

	/** The built product (what {@code ./harapan} runs unless {@code HARAPAN_PRODUCT} names another). */
	static Path product() {
		return root().resolve("releng/org.harapan.product/target/products/org.harapan.product/linux/gtk/x86_64");
	}

	/** {@code ./harapan args} on another installed product (a copy of the built one). */
	static Result runOn(Path product, Path data, String... args) throws IOException, InterruptedException {
		ProcessBuilder builder = command(data, args);
		builder.environment().put("HARAPAN_PRODUCT", product.toString());
		return run(builder);
	}

	static Result run(ProcessBuilder builder) throws IOException, InterruptedException {
		Path out = Files.createTempFile(build(), "out", ".txt");
		Path err = Files.createTempFile(build(), "err", ".txt");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("./harapan " + builder.command() + " did not end within 120 s");
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	/** Ends a started script and the JVM it started (politely, then by force), and waits until both are gone. */
	static void stop(Process process) throws Exception {
		List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
		all.add(process.toHandle());
		all.forEach(ProcessHandle::destroy);
		for (ProcessHandle handle : all) {
			try {
				handle.onExit().get(20, TimeUnit.SECONDS);
			} catch (TimeoutException e) {
				handle.destroyForcibly();
				handle.onExit().get(10, TimeUnit.SECONDS);
			}
		}
	}

	/** The X windows of the display with their titles ({@code xwininfo -root -tree}). */
	static String windowTree() throws IOException, InterruptedException {
		Process xwininfo = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
		String tree = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		xwininfo.waitFor();
		return tree;
	}

	private Harapan() {
	}
}
