package org.harapan.ui.household.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.harapan.model.HouseholdStatus;
import org.harapan.store.HouseholdFilter;
import org.harapan.store.HouseholdQuery;

/**
 * The caseload's search field (search as you type over name, NIK, No. KK and KPM id) and its filters: status,
 * facilitator and the case-work conditions of {@link HouseholdFilter}.
 */
final class CaseloadFilters {

	private final Text search;
	private final Combo status;
	private final Combo facilitator;
	private final Map<HouseholdFilter, Button> conditions = new EnumMap<>(HouseholdFilter.class);
	private final List<String> facilitators = new ArrayList<>();

	CaseloadFilters(Composite parent, Runnable changed) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		search.setMessage(Messages.Caseload_SearchHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		search.addListener(SWT.Modify, e -> changed.run());
		status = new Combo(bar, SWT.READ_ONLY);
		status.add(Messages.Caseload_AnyStatus);
		for (HouseholdStatus s : HouseholdStatus.VALUES) {
			status.add(HouseholdTable.StatusLabels.of(s));
		}
		status.select(0);
		status.addListener(SWT.Selection, e -> changed.run());
		facilitator = new Combo(bar, SWT.READ_ONLY);
		facilitator.add(Messages.Caseload_AnyFacilitator);
		facilitator.select(0);
		facilitator.setVisibleItemCount(20);
		facilitator.addListener(SWT.Selection, e -> changed.run());
		Composite checks = new Composite(parent, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(12).wrap(true).applyTo(checks);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(checks);
		for (HouseholdFilter f : HouseholdFilter.values()) {
			Button b = new Button(checks, SWT.CHECK);
			b.setText(label(f));
			b.addListener(SWT.Selection, e -> changed.run());
			conditions.put(f, b);
		}
	}

	static String label(HouseholdFilter f) {
		return switch (f) {
		case STUNTED_CHILD -> Messages.Filter_StuntedChild;
		case PREGNANT -> Messages.Filter_Pregnant;
		case SANCTIONED -> Messages.Filter_Sanctioned;
		case REFERRAL_OPEN -> Messages.Filter_ReferralOpen;
		case NOT_VERIFIED_THIS_MONTH -> Messages.Filter_NotVerified;
		};
	}

	Text searchField() {
		return search;
	}

	Button condition(HouseholdFilter f) {
		return conditions.get(f);
	}

	Combo statusCombo() {
		return status;
	}

	Combo facilitatorCombo() {
		return facilitator;
	}

	/** Lists the facilitators of the store (keeps the one selected). */
	void setFacilitators(Set<String> names) {
		String selected = selectedFacilitator();
		facilitators.clear();
		names.stream().filter(n -> n != null && !n.isEmpty()).sorted().forEach(facilitators::add);
		facilitator.removeAll();
		facilitator.add(Messages.Caseload_AnyFacilitator);
		facilitators.forEach(facilitator::add);
		facilitator.select(selected == null ? 0 : facilitators.indexOf(selected) + 1);
	}

	private String selectedFacilitator() {
		int i = facilitator.getSelectionIndex();
		return i <= 0 ? null : facilitators.get(i - 1);
	}

	/** {@code base} with the search text and the filters chosen. */
	HouseholdQuery apply(HouseholdQuery base) {
		int s = status.getSelectionIndex();
		Set<HouseholdFilter> chosen = EnumSet.noneOf(HouseholdFilter.class);
		conditions.forEach((f, b) -> {
			if (b.getSelection()) {
				chosen.add(f);
			}
		});
		return query(base, search.getText(), s <= 0 ? null : HouseholdStatus.VALUES.get(s - 1), selectedFacilitator(),
				chosen);
	}

	/** {@code base} as {@link #apply} makes it when nothing is searched or chosen (the caseload's first search). */
	static HouseholdQuery unfiltered(HouseholdQuery base) {
		return query(base, "", null, null, Set.of()); //$NON-NLS-1$
	}

	private static HouseholdQuery query(HouseholdQuery base, String text, HouseholdStatus status, String facilitator,
			Set<HouseholdFilter> filters) {
		return base.withText(text).withStatus(status).withFacilitator(facilitator).withFilters(filters);
	}
}
