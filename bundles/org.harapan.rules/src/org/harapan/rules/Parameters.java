package org.harapan.rules;

import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;

/**
 * The parameters of one programme in force at the evaluation date, with the regional overrides that apply.
 * Reading a parameter that is not there throws {@link MissingParameterException}.
 */
public interface Parameters {

	Programme programme();

	/** The parameter version in force; throws {@link MissingParameterException} when none is. */
	ParameterVersion version();

	/** {@code programme-id effective-from} for explanations. */
	String label();

	/** A named parameter (after overrides), as text. */
	String text(String key);

	default int integer(String key) {
		String v = text(key).trim();
		try {
			return Integer.parseInt(v);
		} catch (NumberFormatException e) {
			throw new MissingParameterException(label() + ": parameter " + key + " is not a whole number: " + v); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	default double number(String key) {
		String v = text(key).trim().replace(',', '.');
		try {
			return Double.parseDouble(v);
		} catch (NumberFormatException e) {
			throw new MissingParameterException(label() + ": parameter " + key + " is not a number: " + v); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	default boolean flag(String key) {
		return Boolean.parseBoolean(text(key).trim());
	}
}
