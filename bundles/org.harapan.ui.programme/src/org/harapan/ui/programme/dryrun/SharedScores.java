package org.harapan.ui.programme.dryrun;

import java.util.IdentityHashMap;
import java.util.Map;

import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.rules.GrowthPoint;
import org.harapan.rules.GrowthScorer;

/**
 * The growth scores of one household shared by its two evaluations (installed and changed rules), which run one
 * after the other on the same worker thread: each measurement is scored once per dry run of the household.
 */
final class SharedScores implements GrowthScorer {

	private final GrowthScorer scorer;
	private final ThreadLocal<Map<Measurement, GrowthPoint>> scores = ThreadLocal.withInitial(IdentityHashMap::new);

	SharedScores(GrowthScorer scorer) {
		this.scorer = scorer;
	}

	/** Forgets the scores of the household this thread evaluated before. */
	void nextHousehold() {
		scores.get().clear();
	}

	@Override
	public GrowthPoint score(Member member, Measurement measurement) {
		Map<Measurement, GrowthPoint> known = scores.get();
		GrowthPoint p = known.get(measurement);
		if (p == null && !known.containsKey(measurement)) {
			p = scorer.score(member, measurement);
			known.put(measurement, p);
		}
		return p;
	}
}
