package org.harapan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.harapan.programme.AidBenefit;
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

	/** A list of whole numbers separated by spaces or commas, e.g. session numbers {@code 8 9 10}. */
	default List<Integer> integers(String key) {
		List<Integer> result = new ArrayList<>();
		for (String part : text(key).trim().split("[\\s,]+")) { //$NON-NLS-1$
			if (part.isEmpty()) {
				continue;
			}
			try {
				result.add(Integer.valueOf(part));
			} catch (NumberFormatException e) {
				throw new MissingParameterException(label() + ": parameter " + key + " is not a list of whole numbers: " //$NON-NLS-1$ //$NON-NLS-2$
						+ text(key));
			}
		}
		return result;
	}

	/** The aid {@code id} of the version in force, if that version gives it. */
	default Optional<AidBenefit> findAid(String id) {
		return version().getAids().stream().filter(a -> id.equals(a.getId())).findFirst();
	}

	/** The aid {@code id} of the version in force; throws {@link MissingParameterException} when it has none. */
	default AidBenefit aid(String id) {
		return findAid(id).orElseThrow(() -> new MissingParameterException(label() + " has no aid " + id)); //$NON-NLS-1$
	}
}
