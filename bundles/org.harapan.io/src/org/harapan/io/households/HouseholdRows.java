package org.harapan.io.households;

import static org.harapan.io.households.HouseholdColumns.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.harapan.model.DisabilityLevel;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Member;
import org.harapan.model.RelationToHead;
import org.harapan.model.SchoolLevel;
import org.harapan.model.region.RegionDirectory;
import org.harapan.model.region.RegionLevel;
import org.harapan.model.validation.HouseholdValidation;
import org.harapan.model.validation.NikDirectory;

/** Turns the rows of one household into a household: cell checks, then the model's validation. */
final class HouseholdRows {

	private final CsvInput in;
	private final Map<Object, Object> validation;
	private final Consumer<RowProblem> problems;
	private final RegionDirectory regions = RegionDirectory.get();

	HouseholdRows(CsvInput in, NikDirectory nikDirectory, Clock clock, Consumer<RowProblem> problems) {
		this.in = in;
		this.validation = HouseholdValidation.context(nikDirectory, clock);
		this.problems = problems;
	}

	private Household household;
	private CsvInput.Row base;
	private final Map<Member, Long> lines = new IdentityHashMap<>();

	/** Checks a row of the current household and keeps its member, or reports why it is left out. */
	void add(CsvInput.Row row) {
		try {
			if (base == null) {
				Household parsed = householdOf(row);
				Member m = memberOf(row);
				household = parsed;
				base = row;
				add(household, m, row, lines);
			} else {
				sameHousehold(base, row);
				add(household, memberOf(row), row, lines);
			}
		} catch (CellException e) {
			problems.accept(new RowProblem(row.line(), e.column(), e.getMessage()));
		}
	}

	/** The household of the good rows added since the last call, or empty when no row was good. */
	Optional<Household> finish() {
		Household h = household;
		household = null;
		base = null;
		try {
			if (h == null) {
				return Optional.empty();
			}
			validate(h, lines);
			return h.getMembers().isEmpty() ? Optional.empty() : Optional.of(h);
		} finally {
			lines.clear();
		}
	}

	private static void add(Household h, Member m, CsvInput.Row row, Map<Member, Long> lines) {
		h.getMembers().add(m);
		lines.put(m, row.line());
	}

	private void validate(Household h, Map<Member, Long> lines) {
		Diagnostic result = HouseholdValidation.validate(h, validation);
		List<Member> rejected = new ArrayList<>();
		List<Diagnostic> errors = new ArrayList<>();
		collect(result, errors);
		for (Diagnostic d : errors) {
			Object subject = d.getData().isEmpty() ? null : d.getData().get(0);
			EStructuralFeature feature = d.getData().size() > 1 && d.getData().get(1) instanceof EStructuralFeature f
					? f : null;
			Member member = subject instanceof Member m ? m
					: subject instanceof org.harapan.model.Measurement ms ? ms.getMember() : null;
			if (member != null && lines.containsKey(member)) {
				if (!rejected.contains(member)) {
					rejected.add(member);
				}
				problems.accept(new RowProblem(lines.get(member), HouseholdColumns.of(feature), d.getMessage()));
			} else {
				for (Member m : h.getMembers()) {
					if (!rejected.contains(m)) {
						rejected.add(m);
					}
				}
				problems.accept(new RowProblem(lines.values().stream().min(Long::compare).orElse(0L),
						HouseholdColumns.of(feature), NLS.bind(Messages.householdLeftOut, d.getMessage(), h.getKpmId())));
				break;
			}
		}
		h.getMembers().removeAll(rejected);
	}

	private static void collect(Diagnostic d, List<Diagnostic> errors) {
		if (d.getChildren().isEmpty()) {
			if (d.getSeverity() == Diagnostic.ERROR) {
				errors.add(d);
			}
			return;
		}
		for (Diagnostic child : d.getChildren()) {
			collect(child, errors);
		}
	}

	private String cell(CsvInput.Row row, String column) {
		return in.cell(row, HouseholdColumns.ALL.indexOf(column));
	}

	private Household householdOf(CsvInput.Row row) throws CellException {
		Household h = HarapanFactory.eINSTANCE.createHousehold();
		h.setKpmId(Cells.required(KPM_ID, cell(row, KPM_ID), KPM_ID_LIMIT));
		h.setNoKK(Cells.digits16(NO_KK, cell(row, NO_KK), false));
		String desa = Cells.required(DESA_CODE, cell(row, DESA_CODE));
		String code = RegionDirectory.normalize(desa);
		if (code == null || regions.find(code).filter(r -> r.level() == RegionLevel.DESA).isEmpty()) {
			throw new CellException(DESA_CODE, NLS.bind(Messages.unknownDesa, Cells.quote(desa)));
		}
		h.setDesaCode(code);
		h.setAddress(Cells.text(ADDRESS, cell(row, ADDRESS), ADDRESS_LIMIT));
		h.setFacilitator(Cells.text(FACILITATOR, cell(row, FACILITATOR), FACILITATOR_LIMIT));
		h.setStatus(Cells.enumerated(STATUS, cell(row, STATUS), HouseholdStatus.class, HouseholdStatus.ACTIVE));
		h.setJoinedDate(Cells.date(JOINED_DATE, cell(row, JOINED_DATE)));
		h.setWelfareDecile(Cells.integer(WELFARE_DECILE, cell(row, WELFARE_DECILE), 0, 10));
		return h;
	}

	/** Household cells of a later row must repeat the first row's or be empty. */
	private void sameHousehold(CsvInput.Row base, CsvInput.Row row) throws CellException {
		for (int i = 1; i < HOUSEHOLD_COLUMNS; i++) {
			String column = HouseholdColumns.ALL.get(i);
			String value = Cells.clean(cell(row, column));
			String first = Cells.clean(cell(base, column));
			if (!value.isEmpty() && !value.equals(first)) {
				throw new CellException(column, NLS.bind(Messages.differs, new Object[] { Cells.quote(value),
						Cells.quote(first), base.line(), Cells.clean(cell(base, KPM_ID)) }));
			}
		}
	}

	private Member memberOf(CsvInput.Row row) throws CellException {
		Member m = HarapanFactory.eINSTANCE.createMember();
		m.setNik(Cells.digits16(NIK, cell(row, NIK), true));
		m.setName(Cells.required(NAME, cell(row, NAME), NAME_LIMIT));
		m.setSex(Cells.sex(SEX, cell(row, SEX)));
		m.setBirthDate(Cells.requiredDate(BIRTH_DATE, cell(row, BIRTH_DATE)));
		m.setRelationToHead(Cells.enumerated(RELATION, cell(row, RELATION), RelationToHead.class, null));
		m.setPregnant(Cells.bool(PREGNANT, cell(row, PREGNANT)));
		m.setExpectedDeliveryDate(Cells.date(EXPECTED_DELIVERY, cell(row, EXPECTED_DELIVERY)));
		m.setSchoolLevel(Cells.enumerated(SCHOOL_LEVEL, cell(row, SCHOOL_LEVEL), SchoolLevel.class, SchoolLevel.NONE));
		m.setEnrolled(Cells.bool(ENROLLED, cell(row, ENROLLED)));
		m.setDisability(
				Cells.enumerated(DISABILITY, cell(row, DISABILITY), DisabilityLevel.class, DisabilityLevel.NONE));
		return m;
	}

	/** Copies the member's own fields (not measurements) from one member to another. */
	static void copy(Member from, Member to) {
		to.setName(from.getName());
		to.setSex(from.getSex());
		to.setBirthDate(from.getBirthDate());
		to.setRelationToHead(from.getRelationToHead());
		to.setPregnant(from.isPregnant());
		to.setExpectedDeliveryDate(from.getExpectedDeliveryDate());
		to.setSchoolLevel(from.getSchoolLevel());
		to.setEnrolled(from.isEnrolled());
		to.setDisability(from.getDisability());
	}
}
