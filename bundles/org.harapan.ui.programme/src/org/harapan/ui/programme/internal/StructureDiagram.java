package org.harapan.ui.programme.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.harapan.programme.AidBenefit;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentCap;
import org.harapan.programme.ComponentKind;
import org.harapan.programme.ConditionalityRule;
import org.harapan.programme.GraduationCriteria;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.SanctionPolicy;
import org.harapan.ui.diagram.Diagram;
import org.harapan.ui.diagram.DiagramNode;
import org.harapan.ui.diagram.DiagramSource;
import org.harapan.ui.diagram.NodeStyle;
import org.harapan.ui.programme.Formats;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.programme.ProgrammeLabels;

/**
 * The programme structure diagram of the version selected in the editor (else the latest): the version, its
 * components with their benefit index and caps, the conditionalities of each, the sanction ladder they lead to
 * and graduasi paksa after cancellation; aids beside the version.
 */
public final class StructureDiagram implements DiagramSource {

	private final ProgrammeEditor editor;

	public StructureDiagram(ProgrammeEditor editor) {
		this.editor = editor;
	}

	@Override
	public Diagram diagram() {
		return of(editor.programme(), shownVersion());
	}

	/** The version of the object selected in the editor, or the latest one. */
	private ParameterVersion shownVersion() {
		ProgrammePage page = editor.page();
		EObject selected = page == null || page.details() == null ? null : page.details().object();
		for (EObject o = selected; o != null; o = o.eContainer()) {
			if (o instanceof ParameterVersion v) {
				return v;
			}
		}
		ParameterVersion latest = null;
		for (ParameterVersion v : editor.programme().getVersions()) {
			if (latest == null || v.getEffectiveFrom() != null && (latest.getEffectiveFrom() == null
					|| v.getEffectiveFrom().isAfter(latest.getEffectiveFrom()))) {
				latest = v;
			}
		}
		return latest;
	}

	/** The structure diagram of {@code version} of {@code programme} (only the programme when version is null). */
	public static Diagram of(Programme programme, ParameterVersion version) {
		String title = ProgrammeLabels.text(programme);
		Diagram d = new Diagram(version == null ? title : title + " \u2013 " + ProgrammeLabels.text(version)); //$NON-NLS-1$
		if (version == null) {
			d.node(programme, NodeStyle.ROOT, title);
			return d;
		}
		DiagramNode root = d.node(version, NodeStyle.ROOT, title, ProgrammeLabels.text(version));
		SanctionPolicy s = version.getSanction();
		DiagramNode sanction = s == null ? null
				: d.node(s, NodeStyle.WARNING, ProgrammeLabels.type(s),
						NLS.bind(Messages.Diagram_Cut, s.getCutPercentPerMonth()),
						NLS.bind(Messages.Diagram_Suspend, s.getSuspendAfterMonths()),
						NLS.bind(Messages.Diagram_Cancel, s.getCancelAfterCycles()));
		GraduationCriteria g = version.getGraduation();
		if (sanction != null && g != null && g.isForcedAfterCancellation()) {
			d.edge(sanction, d.node(g, NodeStyle.OPTIONAL, ProgrammeLabels.type(g), Messages.Diagram_Forced),
					Messages.Diagram_Cancelled);
		}
		Map<ComponentKind, DiagramNode> components = new HashMap<>();
		for (ComponentBenefit c : version.getComponents()) {
			DiagramNode n = d.node(c, NodeStyle.PRIMARY, ProgrammeLabels.component(c.getComponent()),
					NLS.bind(Messages.Diagram_Index, Formats.rupiah(c.getAnnualIndexRp())), cap(version, c));
			components.put(c.getComponent(), n);
			d.edge(root, n, ProgrammeLabels.literal(c.getGroup()));
		}
		for (ConditionalityRule r : version.getConditionalities()) {
			String every = NLS.bind(Messages.Diagram_Every, r.getVerificationMonths());
			DiagramNode n = r.getThresholdPercent() > 0
					? d.node(r, NodeStyle.SECONDARY, ProgrammeLabels.conditionality(r.getConditionality()), every,
							NLS.bind(Messages.Diagram_Threshold, r.getThresholdPercent()))
					: d.node(r, NodeStyle.SECONDARY, ProgrammeLabels.conditionality(r.getConditionality()), every);
			DiagramNode owner = components.get(r.getComponent());
			d.edge(owner != null ? owner : root, n, ""); //$NON-NLS-1$
			if (sanction != null) {
				d.edge(n, sanction, ""); //$NON-NLS-1$
			}
		}
		for (AidBenefit a : version.getAids()) {
			d.edge(root, d.node(a, NodeStyle.OPTIONAL, ProgrammeLabels.text(a)), ""); //$NON-NLS-1$
		}
		return d;
	}

	private static String cap(ParameterVersion version, ComponentBenefit c) {
		for (ComponentCap cap : version.getCaps()) {
			if (cap.getComponent() == c.getComponent()) {
				return NLS.bind(Messages.Diagram_Cap, cap.getMaxCount());
			}
		}
		return Messages.Diagram_NoCap;
	}

	@Override
	public void select(Object element) {
		editor.getSite().getPage().activate(editor);
		editor.select(element);
	}

	@Override
	public void addChangeListener(Runnable listener) {
		editor.addChangeListener(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		editor.removeChangeListener(listener);
	}
}
