package org.harapan.ui.programme.curriculum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.versions.Curricula;
import org.harapan.ui.cases.UiLanguage;
import org.harapan.ui.diagram.Diagram;
import org.harapan.ui.diagram.DiagramNode;
import org.harapan.ui.diagram.NodeStyle;
import org.harapan.ui.programme.internal.Messages;

/**
 * The curriculum flow diagram: the curriculum, its modules in order and their sessions in delivery order with the
 * month a group reaches each (one session a month, or every few months as the curriculum says) and their length,
 * the prerequisites between sessions, and the optional modules a regional variant may add.
 */
public final class CurriculumFlowDiagram {

	private CurriculumFlowDiagram() {
	}

	public static Diagram of(Curriculum c) {
		String title = title(c.getTitle(), c.getTitleEn(), c.getId());
		Diagram d = new Diagram(NLS.bind(Messages.Flow_Title, title, c.getVersion()));
		DiagramNode root = d.node(c, NodeStyle.ROOT, title, NLS.bind(Messages.Flow_Version, c.getVersion(),
				Curricula.isReadOnly(c) ? Messages.Documents_Published : Messages.Documents_Draft));
		Map<Integer, DiagramNode> sessions = new HashMap<>();
		List<Session> order = Curricula.deliveryOrder(c);
		for (Module m : Curricula.allModules(c)) {
			boolean optional = c.getOptionalModules().contains(m);
			DiagramNode module = d.node(m, optional ? NodeStyle.OPTIONAL : NodeStyle.PRIMARY,
					NLS.bind(Messages.Flow_Module, m.getNumber(), title(m.getTitle(), m.getTitleEn(), m.getCode())),
					optional ? Messages.Flow_Optional : NLS.bind(Messages.Flow_Sessions, m.getSessions().size()));
			d.edge(root, module, ""); //$NON-NLS-1$
			for (Session s : m.getSessions()) {
				String when = order.contains(s) ? NLS.bind(Messages.Flow_Month, Curricula.month(c, s))
						: Messages.Flow_NotDelivered;
				DiagramNode n = d.node(s, optional ? NodeStyle.OPTIONAL : NodeStyle.SECONDARY,
						NLS.bind(Messages.Flow_Session, s.getNumber(), title(s.getTitle(), s.getTitleEn(), "")), //$NON-NLS-1$
						NLS.bind(Messages.Flow_When, when, s.getDurationMinutes()));
				sessions.putIfAbsent(s.getNumber(), n);
				d.edge(module, n, ""); //$NON-NLS-1$
			}
		}
		for (Module m : Curricula.allModules(c)) {
			for (Session s : m.getSessions()) {
				for (Integer p : s.getPrerequisites()) {
					DiagramNode before = sessions.get(p);
					if (before != null && before != sessions.get(s.getNumber())) {
						d.edge(before, sessions.get(s.getNumber()), Messages.Flow_Prerequisite);
					}
				}
			}
		}
		return d;
	}

	private static String title(String id, String en, String otherwise) {
		String t = UiLanguage.indonesian() || en == null || en.isBlank() ? id : en;
		return t == null || t.isBlank() ? otherwise : t;
	}
}
