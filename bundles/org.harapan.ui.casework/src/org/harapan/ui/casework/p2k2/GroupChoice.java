package org.harapan.ui.casework.p2k2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.harapan.casework.Casework;
import org.harapan.casework.p2k2.P2k2Group;
import org.harapan.casework.p2k2.P2k2Groups;
import org.harapan.model.Household;
import org.harapan.model.region.RegionDirectory;
import org.harapan.store.StoreLocation;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.cases.Caseworks;

/** Reading, in a job, the P2K2 groups of the working region and the households of one group's session. */
final class GroupChoice {

	private GroupChoice() {
	}

	/** What the case worker chooses from: the groups of the working region and the sessions of the curriculum. */
	record Choices(List<P2k2Group> groups, SessionMaterial material) {
	}

	/** The groups of the working region ({@code null}: every household) and the curriculum's sessions. */
	static Choices choices(StoreLocation store, WorkingRegion region, IProgressMonitor monitor)
			throws InterruptedException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Sheet_ReadingGroups, 11);
		List<P2k2Group> groups = groups(store, region, progress.split(10));
		progress.subTask(Messages.Sheet_ReadingMaterial);
		return new Choices(groups, SessionMaterial.load());
	}

	/** The groups of the households of the working region ({@code null}: every household), by id. */
	private static List<P2k2Group> groups(StoreLocation store, WorkingRegion region, IProgressMonitor monitor)
			throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Sheet_ReadingGroups, 10);
		List<Household> households = new ArrayList<>();
		try (Casework cw = Caseworks.open(store, progress.split(1))) {
			cw.forEach(Caseworks.query(region), h -> {
				if (Caseworks.inRegion(region, h) && h.getP2k2Group() != null && !h.getP2k2Group().isBlank()) {
					households.add(h);
				}
			}, progress.split(9));
		}
		Map<String, P2k2Group> groups = P2k2Groups.of(households);
		return List.copyOf(groups.values());
	}

	/** The sheet of a session over the group's households as stored now. */
	static SessionSheet sheet(StoreLocation store, P2k2Group group, SessionSheet.Key key, IProgressMonitor monitor)
			throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Sheet_Reading, 1 + group.kpmIds().size());
		List<Household> households = new ArrayList<>();
		try (Casework cw = Caseworks.open(store, progress.split(1))) {
			for (String kpm : group.kpmIds()) {
				cw.load(kpm).ifPresent(households::add);
				progress.split(1);
			}
		}
		return SessionSheet.of(key, households);
	}

	/** How a group is named in the choice: id, desa and size. */
	static String label(P2k2Group g) {
		String desa = RegionDirectory.get().name(g.desaCode());
		return NLS.bind(Messages.Group_Label, new Object[] { g.id(), desa == null ? g.desaCode() : desa, g.size() });
	}

	/** The session to record next: the one after the last held, at most the curriculum's last. */
	static int nextSession(P2k2Group g, int sessions) {
		int last = g.sessions().stream().mapToInt(P2k2Group.Session::number).max().orElse(0);
		return Math.max(1, Math.min(sessions, last + 1));
	}
}
