package org.harapan.casework;

import java.util.List;

import org.harapan.casework.internal.Texts;

/**
 * Why something was refused, as a message key of the casework messages with its arguments, so that it can be told
 * in the user's language ({@code messages.properties}, {@code messages_id.properties}).
 */
public record Refusal(String key, List<Object> arguments) {

	public Refusal {
		arguments = List.copyOf(arguments);
	}

	public static Refusal of(String key, Object... arguments) {
		return new Refusal(key, List.of(arguments));
	}

	/** The reason in {@code language} ({@code en} or {@code id}; others fall back to English). */
	public String message(String language) {
		return Texts.of(language).bind(key, arguments.toArray());
	}

	/** The reason in the platform's language. */
	public String message() {
		return Texts.platform().bind(key, arguments.toArray());
	}
}
