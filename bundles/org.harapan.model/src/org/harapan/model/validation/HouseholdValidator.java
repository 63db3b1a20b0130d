package org.harapan.model.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;
import org.harapan.model.Disbursement;
import org.harapan.model.HarapanPackage;
import org.harapan.model.HarapanPackage.Literals;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.Sex;
import org.harapan.model.region.RegionDirectory;

/**
 * The EMF validator of the Harapan household model. Besides EMF's default constraints it checks the
 * rules below; each diagnostic names the field and carries {@code [object, feature]} as data, and its
 * code is one of the constants of this class. Context entries (see {@link HouseholdValidation}):
 * {@link NikDirectory} for NIK uniqueness across the store, {@link Clock} for "today",
 * {@link RegionDirectory} for region codes.
 */
public class HouseholdValidator extends EObjectValidator {

	/** Diagnostic source of this validator. */
	public static final String DIAGNOSTIC_SOURCE = "org.harapan.model";

	public static final int KPM_ID_MISSING = 1;
	public static final int NO_KK_FORMAT = 2;
	public static final int DESA_CODE_UNKNOWN = 3;
	public static final int WELFARE_DECILE_RANGE = 4;
	public static final int NIK_MISSING = 10;
	public static final int NIK_FORMAT = 11;
	public static final int NIK_REGION = 12;
	public static final int NIK_BIRTH_DATE = 13;
	public static final int NIK_SEX = 14;
	public static final int NIK_DUPLICATE_IN_HOUSEHOLD = 15;
	public static final int NIK_DUPLICATE_IN_STORE = 16;
	public static final int BIRTH_DATE_MISSING = 20;
	public static final int BIRTH_DATE_FUTURE = 21;
	public static final int PREGNANT_NOT_FEMALE = 22;
	public static final int EXPECTED_DELIVERY_MISSING = 23;
	public static final int MEASUREMENT_DATE_MISSING = 30;
	public static final int MEASUREMENT_DATE_FUTURE = 31;
	public static final int MEASUREMENT_BEFORE_BIRTH = 32;
	public static final int WEIGHT_RANGE = 33;
	public static final int HEIGHT_RANGE = 34;
	public static final int HEAD_RANGE = 35;
	public static final int ARM_RANGE = 36;
	public static final int TAHAP_RANGE = 40;
	public static final int AMOUNT_NEGATIVE = 41;

	/** Plausible ranges (inclusive); 0 means "not measured" and is not checked. WHO flags are the growth bundle's. */
	public static final double WEIGHT_MIN_KG = 0.5, WEIGHT_MAX_KG = 200;
	public static final double HEIGHT_MIN_CM = 35, HEIGHT_MAX_CM = 230;
	public static final double HEAD_MIN_CM = 20, HEAD_MAX_CM = 70;
	public static final double ARM_MIN_CM = 5, ARM_MAX_CM = 50;

	/** Shared instance. */
	public static final HouseholdValidator INSTANCE = new HouseholdValidator();

	@Override
	protected EPackage getEPackage() {
		return HarapanPackage.eINSTANCE;
	}

	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (!(value instanceof EObject object)) {
			return true;
		}
		boolean ok = validate_EveryDefaultConstraint(object, diagnostics, context);
		if (!ok && diagnostics == null) {
			return false;
		}
		Checks checks = new Checks(object, diagnostics, context);
		switch (classifierID) {
		case HarapanPackage.HOUSEHOLD -> validateHousehold((Household) object, checks);
		case HarapanPackage.MEMBER -> MemberRules.validate((Member) object, checks);
		case HarapanPackage.MEASUREMENT -> MemberRules.validate((Measurement) object, checks);
		case HarapanPackage.DISBURSEMENT -> validateDisbursement((Disbursement) object, checks);
		default -> {
			// no rules of its own
		}
		}
		return ok && checks.ok;
	}

	private static void validateHousehold(Household h, Checks c) {
		String who = Subjects.household(h);
		if (isBlank(h.getKpmId())) {
			c.error(KPM_ID_MISSING, Literals.HOUSEHOLD__KPM_ID, Messages.kpmIdMissing, who);
		}
		String kk = h.getNoKK();
		if (!isBlank(kk) && !Nik.isWellFormed(kk)) {
			c.error(NO_KK_FORMAT, Literals.HOUSEHOLD__NO_KK, Messages.noKkFormat, who, kk);
		}
		String desa = h.getDesaCode();
		if (!isBlank(desa) && c.regions().find(desa)
				.filter(r -> r.level() == org.harapan.model.region.RegionLevel.DESA).isEmpty()) {
			c.error(DESA_CODE_UNKNOWN, Literals.HOUSEHOLD__DESA_CODE, Messages.desaCodeUnknown, who, desa);
		}
		int decile = h.getWelfareDecile();
		if (decile < 0 || decile > 10) {
			c.error(WELFARE_DECILE_RANGE, Literals.HOUSEHOLD__WELFARE_DECILE, Messages.welfareDecileRange, who,
					decile);
		}
	}

	private static void validateDisbursement(Disbursement d, Checks c) {
		String which = d.getYear() + "/" + d.getTahap();
		if (d.getTahap() < 1 || d.getTahap() > 4) {
			c.error(TAHAP_RANGE, Literals.DISBURSEMENT__TAHAP, Messages.tahapRange, which, d.getTahap());
		}
		if (d.getAmountRp() < 0) {
			c.error(AMOUNT_NEGATIVE, Literals.DISBURSEMENT__AMOUNT_RP, Messages.amountNegative, which,
					d.getAmountRp());
		}
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	/** Collects the diagnostics of one object, with the context's services. */
	static final class Checks {
		final EObject object;
		final DiagnosticChain diagnostics;
		final Map<Object, Object> context;
		boolean ok = true;

		Checks(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
			this.object = object;
			this.diagnostics = diagnostics;
			this.context = context == null ? new HashMap<>() : context;
		}

		void error(int code, EStructuralFeature feature, String message, Object... args) {
			report(Diagnostic.ERROR, code, feature, message, args);
		}

		void warning(int code, EStructuralFeature feature, String message, Object... args) {
			report(Diagnostic.WARNING, code, feature, message, args);
		}

		private void report(int severity, int code, EStructuralFeature feature, String message, Object... args) {
			if (severity == Diagnostic.ERROR) {
				ok = false;
			}
			if (diagnostics != null) {
				String[] texts = new String[args.length];
				for (int i = 0; i < args.length; i++) {
					texts[i] = String.valueOf(args[i]);
				}
				diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, NLS.bind(message, texts),
						new Object[] { object, feature }));
			}
		}

		LocalDate today() {
			Object clock = context.get(Clock.class);
			return LocalDate.now(clock instanceof Clock c ? c : Clock.systemDefaultZone());
		}

		RegionDirectory regions() {
			Object regions = context.get(RegionDirectory.class);
			return regions instanceof RegionDirectory r ? r : RegionDirectory.get();
		}

		Optional<String> householdOfNik(String nik) {
			Object directory = context.get(NikDirectory.class);
			return directory instanceof NikDirectory d ? d.householdOf(nik) : Optional.empty();
		}
	}

	/** Labels for the subject of a message. */
	static final class Subjects {
		private Subjects() {
		}

		static String household(Household h) {
			return isBlank(h.getKpmId()) ? Messages.subjectHouseholdUnnamed
					: NLS.bind(Messages.subjectHousehold, h.getKpmId());
		}

		static String member(Member m) {
			return isBlank(m.getName()) ? Messages.subjectMemberUnnamed : NLS.bind(Messages.subjectMember, m.getName());
		}

		static String measurement(Measurement ms) {
			Member m = ms.getMember();
			String name = m == null || isBlank(m.getName()) ? "?" : m.getName();
			return ms.getDate() == null ? NLS.bind(Messages.subjectMeasurementUndated, name)
					: NLS.bind(Messages.subjectMeasurement, name, ms.getDate().toString());
		}

		static String sex(Sex sex) {
			return sex == Sex.FEMALE ? Messages.sexFemale : Messages.sexMale;
		}
	}
}
