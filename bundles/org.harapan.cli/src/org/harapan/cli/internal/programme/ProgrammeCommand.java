package org.harapan.cli.internal.programme;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.Locale;

import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.casework.documents.ProgrammeDocumentKind;
import org.harapan.casework.documents.Versioned;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.documents.DocumentCommand;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentCap;
import org.harapan.programme.ConditionalityRule;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan programme …}: the aid programme documents of the store with their versions. */
@Component(service = CliCommand.class)
public class ProgrammeCommand extends DocumentCommand<Programme> {

	@Reference
	private CaseworkService caseworks;

	@Override
	public String name() {
		return "programme"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "aid programme documents in the store: list, show, export, import, validate, new version, publish"; //$NON-NLS-1$
	}

	@Override
	protected CaseworkService caseworks() {
		return caseworks;
	}

	@Override
	protected DocumentLibrary<Programme> library(Casework casework) {
		return new DocumentLibrary<>(casework.documents(), new ProgrammeDocumentKind(), casework::user);
	}

	@Override
	protected void show(CommandContext context, DocumentLibrary<Programme> library, Versioned<Programme> document,
			String lang) {
		PrintStream out = context.out();
		Programme p = document.document();
		NumberFormat rupiah = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang.equals("id") ? "id-ID" : "en")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.println(p.getId() + " version " + document.info().version() + " (" + document.info().state().word() //$NON-NLS-1$ //$NON-NLS-2$
				+ "): " + ("id".equals(lang) ? p.getTitle() : p.getTitleEn())); //$NON-NLS-1$ //$NON-NLS-2$
		out.println("kind " + p.getKind() + ", region " //$NON-NLS-1$ //$NON-NLS-2$
				+ (p.getRegionCode() == null || p.getRegionCode().isBlank() ? "national" : p.getRegionCode()) //$NON-NLS-1$
				+ (p.getAuthority() == null ? "" : ", " + p.getAuthority())); //$NON-NLS-1$ //$NON-NLS-2$
		for (ParameterVersion v : p.getVersions()) {
			out.println("parameters from " + v.getEffectiveFrom() + (v.getNote() == null ? "" : "  " + v.getNote())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (ComponentBenefit c : v.getComponents()) {
				out.println(String.format("  %-24s Rp %12s a year", c.getComponent(), //$NON-NLS-1$
						rupiah.format(c.getAnnualIndexRp())));
			}
			for (ComponentCap c : v.getCaps()) {
				out.println(String.format("  cap %-20s at most %d", c.getComponent(), c.getMaxCount())); //$NON-NLS-1$
			}
			if (v.getMaxComponents() > 0) {
				out.println("  at most " + v.getMaxComponents() + " components a household"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (ConditionalityRule r : v.getConditionalities()) {
				out.println("  conditionality " + r.getConditionality() + " (" + r.getComponent() //$NON-NLS-1$ //$NON-NLS-2$
						+ "), verified every " + r.getVerificationMonths() + " months" //$NON-NLS-1$ //$NON-NLS-2$
						+ (r.getThresholdPercent() > 0 ? ", at least " + r.getThresholdPercent() + "%" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			out.println("  " + v.getTahaps().size() + " tahap, " + v.getAids().size() + " aids, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ v.getParameters().size() + " named parameters, " + v.getOverrides().size() + " overrides"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
