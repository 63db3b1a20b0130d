package org.harapan.rules.internal;

import java.time.LocalDate;

import org.harapan.programme.Parameter;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.MissingParameterException;
import org.harapan.rules.Parameters;

/** A programme's parameters at a date, with the accepted overrides. */
final class ResolvedParameters implements Parameters {

	private final Programme programme;
	private final ParameterVersion version;
	private final LocalDate date;
	private final Overrides overrides;

	ResolvedParameters(Programme programme, LocalDate date, Overrides overrides) {
		this.programme = programme;
		this.date = date;
		this.version = ProgrammeDocuments.versionAt(programme, date);
		this.overrides = overrides;
	}

	@Override
	public Programme programme() {
		return programme;
	}

	@Override
	public ParameterVersion version() {
		if (version == null) {
			throw new MissingParameterException("programme " + programme.getId() + " has no parameters in force on " //$NON-NLS-1$ //$NON-NLS-2$
					+ date);
		}
		return version;
	}

	@Override
	public String label() {
		return programme.getId() + (version == null ? "" : " " + version.getEffectiveFrom()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public String text(String key) {
		Overrides.Value o = overrides.get(programme.getId(), key);
		if (o != null) {
			return o.value();
		}
		for (Parameter p : version().getParameters()) {
			if (key.equals(p.getKey()) && p.getValue() != null) {
				return p.getValue();
			}
		}
		throw new MissingParameterException(label() + " has no parameter " + key); //$NON-NLS-1$
	}
}
