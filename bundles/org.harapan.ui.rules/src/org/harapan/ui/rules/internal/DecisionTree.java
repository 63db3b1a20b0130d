package org.harapan.ui.rules.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.harapan.rules.Fact;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.ui.cases.UiLanguage;

/** The rows of the decisions tree: one group per kind of finding, then the aids not given ("why not?"). */
final class DecisionTree {

	/** The order of the groups. */
	static final List<FindingKind> ORDER = List.of(FindingKind.BENEFIT, FindingKind.COMPONENT, FindingKind.COMPLIANCE,
			FindingKind.SANCTION, FindingKind.AID, FindingKind.REFERRAL, FindingKind.GRADUATION, FindingKind.CONFLICT,
			FindingKind.ERROR);

	private DecisionTree() {
	}

	/** An amount of Rupiah as the view shows it, e.g. {@code Rp 750,000} (English) or {@code Rp 750.000}. */
	static String rupiah(long amount) {
		Locale locale = UiLanguage.indonesian() ? Locale.forLanguageTag("id-ID") : Locale.ENGLISH; //$NON-NLS-1$
		return "Rp " + NumberFormat.getIntegerInstance(locale).format(amount); //$NON-NLS-1$
	}

	static List<DecisionNode> of(Decisions decisions) {
		String language = UiLanguage.code();
		List<DecisionNode> roots = new ArrayList<>();
		for (FindingKind kind : ORDER) {
			List<Finding> findings = decisions.evaluation().of(kind);
			if (findings.isEmpty()) {
				continue;
			}
			DecisionNode group = new DecisionNode(NLS.bind(Messages.View_Group, label(kind), findings.size()));
			findings.forEach(f -> group.add(finding(f, language)));
			roots.add(group);
		}
		DecisionNode whyNot = new DecisionNode(NLS.bind(Messages.WhyNot_Group, decisions.whyNot().size()));
		decisions.whyNot().forEach(w -> whyNot.add(whyNot(w, language)));
		roots.add(whyNot);
		return roots;
	}

	private static DecisionNode finding(Finding f, String language) {
		DecisionNode node = new DecisionNode(f.text().in(language), f.amountRp() == null ? "" : rupiah(f.amountRp()), //$NON-NLS-1$
				f.explanation().source(), new ArrayList<>());
		node.add(new DecisionNode(NLS.bind(Messages.Finding_Outcome, f.outcome())));
		node.add(new DecisionNode(NLS.bind(Messages.Finding_Rule, new Object[] { f.ruleSetId(),
				f.explanation().ruleSetVersion(), f.explanation().ruleId() })));
		for (Fact fact : f.explanation().facts()) {
			node.add(new DecisionNode(fact.source() == null || fact.source().isEmpty()
					? NLS.bind(Messages.Finding_Fact, fact.name(), fact.value())
					: NLS.bind(Messages.Finding_FactWithRecord, new Object[] { fact.name(), fact.value(), fact.source() })));
		}
		return node;
	}

	private static DecisionNode whyNot(WhyNot w, String language) {
		boolean id = "id".equals(language); //$NON-NLS-1$
		String aid = id || w.aid().getTitleEn() == null ? w.aid().getTitle() : w.aid().getTitleEn();
		String programme = id || w.programme().getTitleEn() == null ? w.programme().getTitle()
				: w.programme().getTitleEn();
		DecisionNode node = new DecisionNode(NLS.bind(Messages.WhyNot_Entry, aid, programme),
				w.aid().getAmountRp() > 0 ? rupiah(w.aid().getAmountRp()) : "", //$NON-NLS-1$
				w.ruleSet().id() + " " + w.ruleSet().version(), new ArrayList<>()); //$NON-NLS-1$
		node.add(new DecisionNode(NLS.bind(Messages.WhyNot_Condition, w.aid().getTarget())));
		node.add(new DecisionNode(NLS.bind(Messages.WhyNot_NoFinding, w.ruleSet().id(), w.ruleSet().version())));
		return node;
	}

	private static String label(FindingKind kind) {
		return switch (kind) {
		case BENEFIT -> Messages.Kind_Benefit;
		case COMPONENT -> Messages.Kind_Component;
		case COMPLIANCE -> Messages.Kind_Compliance;
		case SANCTION -> Messages.Kind_Sanction;
		case AID -> Messages.Kind_Aid;
		case REFERRAL -> Messages.Kind_Referral;
		case GRADUATION -> Messages.Kind_Graduation;
		case CONFLICT -> Messages.Kind_Conflict;
		case ERROR -> Messages.Kind_Error;
		};
	}
}
