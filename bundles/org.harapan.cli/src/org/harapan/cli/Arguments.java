package org.harapan.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments after the command word: options {@code --name value}, flags {@code --name} and
 * positional words. Every option a command reads is marked as known; {@link #checkNoneLeft()} rejects the rest.
 */
public final class Arguments {

	private final List<String> words;
	private final boolean[] used;
	private final Set<String> known = new HashSet<>();

	public Arguments(List<String> words) {
		this.words = List.copyOf(words);
		this.used = new boolean[words.size()];
	}

	public List<String> all() {
		return words;
	}

	/** The value after {@code name}, e.g. {@code option("--db")}. */
	public Optional<String> option(String name) {
		known.add(name);
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.equals(name)) {
				if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) { //$NON-NLS-1$
					throw new UsageException("option " + name + " needs a value"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				used[i] = true;
				used[i + 1] = true;
				return Optional.of(words.get(i + 1));
			}
			if (word.startsWith(name + "=")) { //$NON-NLS-1$
				used[i] = true;
				return Optional.of(word.substring(name.length() + 1));
			}
		}
		return Optional.empty();
	}

	public String required(String name) {
		return option(name).orElseThrow(() -> new UsageException("missing option " + name)); //$NON-NLS-1$
	}

	/** The whole number after {@code name} ({@code 100_000} and {@code 100,000} are accepted), at least 0. */
	public Optional<Integer> count(String name) {
		return option(name).map(value -> {
			try {
				int n = Integer.parseInt(value.replace("_", "").replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				if (n >= 0) {
					return n;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			throw new UsageException(name + " needs a whole number, not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	/** The (long) whole number after {@code name}. */
	public Optional<Long> number(String name) {
		return option(name).map(value -> {
			try {
				return Long.parseLong(value);
			} catch (NumberFormatException e) {
				throw new UsageException(name + " needs a whole number, not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
	}

	public boolean flag(String name) {
		known.add(name);
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).equals(name)) {
				used[i] = true;
				return true;
			}
		}
		return false;
	}

	/** Words that are neither options nor option values, in order. Call after reading all options. */
	public List<String> positional() {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (!used[i] && !words.get(i).startsWith("--")) { //$NON-NLS-1$
				used[i] = true;
				result.add(words.get(i));
			}
		}
		return result;
	}

	/** Rejects any argument no read touched: an unknown option or a stray word. */
	public void checkNoneLeft() {
		for (int i = 0; i < words.size(); i++) {
			if (!used[i]) {
				String word = words.get(i);
				throw new UsageException(word.startsWith("--") //$NON-NLS-1$
						? "unknown option " + word + (known.isEmpty() ? "" : " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						: "unexpected argument '" + word + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}
