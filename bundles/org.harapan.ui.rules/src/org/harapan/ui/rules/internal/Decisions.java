package org.harapan.ui.rules.internal;

import java.util.List;

import org.harapan.rules.Evaluation;

/** What the decisions view shows: the evaluation of the household for the tahap and the aids it does not get. */
record Decisions(Evaluation evaluation, List<WhyNot> whyNot) {
}
