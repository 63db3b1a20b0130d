package org.harapan.ui.programme;

import java.util.MissingResourceException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.harapan.model.provider.HarapanEditPlugin;
import org.harapan.programme.AidBenefit;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentCap;
import org.harapan.programme.ComponentKind;
import org.harapan.programme.ConditionalityRule;
import org.harapan.programme.GraduationCriteria;
import org.harapan.programme.Parameter;
import org.harapan.programme.ParameterOverride;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.SanctionPolicy;
import org.harapan.programme.Sponsor;
import org.harapan.programme.Tahap;
import org.harapan.programme.provider.ProgrammeEditPlugin;
import org.harapan.programme.util.ProgrammeSwitch;
import org.harapan.ui.cases.UiLanguage;
import org.harapan.ui.programme.internal.Messages;

/** What the programme editor, its outline and its diagram call each object, in the user's language. */
public final class ProgrammeLabels {

	private ProgrammeLabels() {
	}

	/** The one-line text of a programme object. */
	public static String text(Object object) {
		if (!(object instanceof EObject e)) {
			return String.valueOf(object);
		}
		String text = new Texts().doSwitch(e);
		return text == null ? type(e) : text;
	}

	/** The name of the object's type (Component, Tahap ...). */
	public static String type(EObject e) {
		return string("_UI_" + e.eClass().getName() + "_type", e.eClass().getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The label of a feature (field) of a programme object. */
	public static String feature(EStructuralFeature f) {
		return string("_UI_" + f.getEContainingClass().getName() + "_" + f.getName() + "_feature", f.getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The name of a PKH component. */
	public static String component(ComponentKind kind) {
		return kind == null ? "" : string("_UI_ComponentKind_" + kind.getLiteral() + "_literal", kind.getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The name of an enumeration literal of the programme model. */
	public static String literal(org.eclipse.emf.common.util.Enumerator literal) {
		String type = literal.getClass().getSimpleName();
		return string("_UI_" + type + "_" + literal.getLiteral() + "_literal", literal.getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The name of a commitment of the case model (e.g. {@code schoolAttendance}). */
	public static String conditionality(String literal) {
		if (literal == null || literal.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		try {
			return HarapanEditPlugin.INSTANCE.getString("_UI_Conditionality_" + literal + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (MissingResourceException e) {
			return literal;
		}
	}

	private static String string(String key, String otherwise) {
		try {
			return ProgrammeEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return otherwise;
		}
	}

	private static final class Texts extends ProgrammeSwitch<String> {
		@Override
		public String caseProgramme(Programme p) {
			String title = UiLanguage.indonesian() || p.getTitleEn() == null ? p.getTitle() : p.getTitleEn();
			return title == null || title.isBlank() ? p.getId() : title;
		}

		@Override
		public String caseParameterVersion(ParameterVersion v) {
			return NLS.bind(Messages.Label_Version, v.getEffectiveFrom() == null ? Messages.Label_NoDate
					: Formats.date(v.getEffectiveFrom()));
		}

		@Override
		public String caseComponentBenefit(ComponentBenefit c) {
			return NLS.bind(Messages.Label_Component, component(c.getComponent()), Formats.rupiah(c.getAnnualIndexRp()));
		}

		@Override
		public String caseComponentCap(ComponentCap c) {
			return NLS.bind(Messages.Label_Cap, component(c.getComponent()), c.getMaxCount());
		}

		@Override
		public String caseTahap(Tahap t) {
			return NLS.bind(Messages.Label_Tahap, new Object[] { t.getNumber(), Formats.month(t.getFirstMonth()),
					Formats.month(t.getLastMonth()) });
		}

		@Override
		public String caseConditionalityRule(ConditionalityRule c) {
			String base = NLS.bind(Messages.Label_Conditionality, conditionality(c.getConditionality()),
					component(c.getComponent()));
			return c.getThresholdPercent() > 0 ? base + " \u2265 " + c.getThresholdPercent() + " %" : base; //$NON-NLS-1$ //$NON-NLS-2$
		}

		@Override
		public String caseSanctionPolicy(SanctionPolicy s) {
			return NLS.bind(Messages.Label_Sanction, new Object[] { s.getCutPercentPerMonth(),
					s.getSuspendAfterMonths(), s.getCancelAfterCycles() });
		}

		@Override
		public String caseGraduationCriteria(GraduationCriteria g) {
			return type(g);
		}

		@Override
		public String caseAidBenefit(AidBenefit a) {
			String title = UiLanguage.indonesian() || a.getTitleEn() == null ? a.getTitle() : a.getTitleEn();
			return (title == null ? a.getId() : title) + (a.getAmountRp() > 0 ? ": " + Formats.rupiah(a.getAmountRp()) : ""); //$NON-NLS-1$ //$NON-NLS-2$
		}

		@Override
		public String caseParameter(Parameter p) {
			String text = p.getKey() + " = " + p.getValue(); //$NON-NLS-1$
			return p.isOverridable() ? NLS.bind(Messages.Label_Overridable, text) : text;
		}

		@Override
		public String caseParameterOverride(ParameterOverride o) {
			return o.getProgrammeId() + " # " + o.getKey() + " = " + o.getValue(); //$NON-NLS-1$ //$NON-NLS-2$
		}

		@Override
		public String caseSponsor(Sponsor s) {
			return s.getName() + (s.getDesaName() == null ? "" : " \u2013 " + s.getDesaName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
