package org.harapan.rules;

import org.harapan.model.Measurement;
import org.harapan.model.Member;

/** Scores one measurement; supplied to the engine by the casework layer (through the growth services). */
@FunctionalInterface
public interface GrowthScorer {

	GrowthPoint score(Member member, Measurement measurement);
}
