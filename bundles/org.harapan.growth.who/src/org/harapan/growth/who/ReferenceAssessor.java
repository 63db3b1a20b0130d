package org.harapan.growth.who;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.harapan.growth.AgeLimit;
import org.harapan.growth.Ages;
import org.harapan.growth.Assessment;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.GrowthReference;
import org.harapan.growth.Measurement;
import org.harapan.growth.Reason;
import org.harapan.growth.ScoreSheet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The growth assessor: for each child, the first registered {@link GrowthReference} that covers the age computes
 * the indicators. In OSGi, references come and go as services; in plain Java pass them to the constructor.
 */
@Component(service = GrowthAssessor.class)
public final class ReferenceAssessor implements GrowthAssessor {

    private volatile GrowthReference[] references = new GrowthReference[0];

    /** For OSGi: references arrive through {@link #addReference(GrowthReference)}. */
    public ReferenceAssessor() {
    }

    public ReferenceAssessor(GrowthReference... refs) {
        for (GrowthReference r : refs) {
            addReference(r);
        }
    }

    /** WHO 2006 and WHO 2007 over the given tables, handing over at 60.0 months. */
    public static ReferenceAssessor who(ReferenceTables tables) {
        return who(tables, AgeLimit.UNDER_60_MONTHS);
    }

    /** WHO 2006 and WHO 2007 over the given tables, handing over where {@code ageLimit} says. */
    public static ReferenceAssessor who(ReferenceTables tables, AgeLimit ageLimit) {
        return new ReferenceAssessor(new Who2006Standards(tables, ageLimit), new Who2007Reference(tables, ageLimit));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public synchronized void addReference(GrowthReference reference) {
        GrowthReference[] next = Arrays.copyOf(references, references.length + 1);
        next[next.length - 1] = reference;
        // ordered by the youngest age covered, so that coverage tests run from young to old
        Arrays.sort(next, Comparator.comparingDouble(ReferenceAssessor::youngest));
        references = next;
    }

    public synchronized void removeReference(GrowthReference reference) {
        List<GrowthReference> next = new ArrayList<>(Arrays.asList(references));
        next.remove(reference);
        references = next.toArray(GrowthReference[]::new);
    }

    private static double youngest(GrowthReference r) {
        // probe a few ages: enough to order references covering disjoint age bands
        for (double day = 0; day < 30000; day += 7) {
            if (r.covers(day)) {
                return day;
            }
        }
        return Double.MAX_VALUE;
    }

    @Override
    public List<GrowthReference> references() {
        return List.of(references);
    }

    @Override
    public void compute(ScoreSheet sheet) {
        GrowthReference[] refs = references;
        double age = sheet.ageDays;
        for (GrowthReference r : refs) {
            if (r.covers(age)) {
                r.compute(sheet);
                return;
            }
        }
        // past every reference's ages: reported on the 5-19 years indicators from 60 months
        sheet.begin(null, age >= Who2007Reference.FROM_MONTHS * Ages.DAYS_PER_MONTH);
        sheet.failAll(age < 0 ? Reason.NEGATIVE_AGE : Reason.NO_REFERENCE);
    }

    @Override
    public Assessment assess(Measurement measurement) {
        ScoreSheet sheet = new ScoreSheet();
        sheet.load(measurement);
        compute(sheet);
        return sheet.toAssessment(measurement);
    }
}
