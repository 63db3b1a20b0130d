package org.harapan.ui.programme.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.GrowthScoring;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.library.CurriculumService;
import org.harapan.demo.DemoGenerator;
import org.harapan.demo.DemoSettings;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.GrowthReference;
import org.harapan.model.Household;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentKind;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.harapan.ui.diagram.Diagram;
import org.harapan.ui.diagram.DiagramLayout;
import org.harapan.ui.diagram.DiagramPainter;
import org.harapan.ui.diagram.SvgExport;
import org.harapan.ui.diagram.TextMeasure;
import org.harapan.ui.programme.curriculum.CurriculumFlowDiagram;
import org.harapan.ui.programme.dryrun.DryRun;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan bench designer}: lays out and draws the national programme structure and the P2K2 curriculum flow
 * diagrams (ELK layout, SVG, and SWT drawing when a display is there), opens the national curriculum in the
 * curriculum editor's body ({@link CurriculumEditorBench}), then runs "What would change?" (the early-childhood index raised by 20 %)
 * over generated demo households in memory; prints the median times.
 */
@Component(service = CliCommand.class)
public class BenchDesignerCommand implements CliCommand {

	private static final String NATIONAL = "pkh.national"; //$NON-NLS-1$
	private static final int RUNS = 30;

	@Reference
	private RuleEngine engine;

	@Reference
	private GrowthAssessor assessor;

	@Reference(target = "(harapan.reference.id=who2006)")
	private GrowthReference who2006;

	@Reference
	private CaseworkService caseworks;

	@Reference
	private CurriculumService curricula;

	@Override
	public String name() {
		return "bench"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "benchmark the programme designer: lay out and draw the programme and curriculum diagrams, open the curriculum editor, What would change? on 10,000 households"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "designer [--households N] [--region 64.01] [--year Y --tahap T]"; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws IOException {
		int n = Math.max(1, context.arguments().count("--households").orElse(10_000)); //$NON-NLS-1$
		String region = context.arguments().option("--region").orElse(DemoSettings.DEFAULT_REGION); //$NON-NLS-1$
		Integer year = context.arguments().count("--year").orElse(null); //$NON-NLS-1$
		Integer tahap = context.arguments().count("--tahap").orElse(null); //$NON-NLS-1$
		context.arguments().positional();
		context.arguments().checkNoneLeft();
		Period period = year != null && tahap != null ? engine.period(year, tahap) : engine.periodOf(LocalDate.now());
		Programme national = engine.ruleSets().stream().filter(s -> s.id().equals(NATIONAL)).findFirst()
				.map(s -> s.programmes().get(0))
				.orElseThrow(() -> new UsageException("the national rule set " + NATIONAL + " is not installed")); //$NON-NLS-1$ //$NON-NLS-2$
		PrintStream out = context.out();
		SubMonitor progress = context.progress("bench designer", 100); //$NON-NLS-1$
		ParameterVersion version = ProgrammeDocuments.versionAt(national, period.first());
		diagram(out, "programme structure", () -> StructureDiagram.of(national, version)); //$NON-NLS-1$
		Curriculum p2k2 = curricula.national();
		diagram(out, "curriculum flow", () -> CurriculumFlowDiagram.of(p2k2)); //$NON-NLS-1$
		new CurriculumEditorBench(caseworks, curricula).run(out);
		progress.split(5);
		List<Household> households = new ArrayList<>(n);
		SubMonitor generating = progress.split(45).setWorkRemaining(n);
		for (Household h : new DemoGenerator(new DemoSettings(region, n, DemoSettings.DEFAULT_SEED, period.first()), who2006)) {
			households.add(h);
			generating.worked(1);
		}
		whatWouldChange(out, national, households, period);
		progress.done();
		return ExitCode.OK;
	}

	/**
	 * Times {@code build}: built, laid out (ELK) and written as SVG, then (with a display) built, laid out and drawn
	 * with SWT; prints the medians.
	 */
	private static void diagram(PrintStream out, String what, Supplier<Diagram> build) {
		long[] svg = new long[RUNS];
		int nodes = 0;
		for (int i = -RUNS; i < RUNS; i++) { // the first half warms up the JIT
			long start = System.nanoTime();
			Diagram d = build.get();
			DiagramLayout.layout(d, TextMeasure.ESTIMATE);
			SvgExport.svg(d);
			if (i >= 0) {
				svg[i] = System.nanoTime() - start;
			}
			nodes = d.nodes().size();
		}
		out.println(String.format("bench designer: %s (%d nodes): build, lay out (ELK) and write SVG: median %.1f ms", //$NON-NLS-1$
				what, nodes, median(svg)));
		Display display = display(out);
		if (display == null) {
			return;
		}
		long[] draw = new long[RUNS];
		Image image = new Image(display, 2000, 1200);
		GC gc = new GC(image);
		DiagramPainter painter = new DiagramPainter(display);
		try {
			for (int i = -RUNS; i < RUNS; i++) {
				long start = System.nanoTime();
				Diagram d = build.get();
				DiagramLayout.layout(d, painter.measure(gc));
				painter.paint(gc, d, 1, null);
				if (i >= 0) {
					draw[i] = System.nanoTime() - start;
				}
			}
		} finally {
			painter.dispose();
			gc.dispose();
			image.dispose();
		}
		out.println(String.format("bench designer: %s: build, lay out (ELK) and draw with SWT: median %.1f ms (target < 200 ms)", //$NON-NLS-1$
				what, median(draw)));
	}

	/** The display, or {@code null} (said) on a headless machine. */
	static Display display(PrintStream out) {
		try {
			return Display.getDefault();
		} catch (Throwable noDisplay) { // SWTError or a missing GTK: a headless machine
			out.println("bench designer: SWT drawing skipped: no display (" + noDisplay.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
	}

	private void whatWouldChange(PrintStream out, Programme national, List<Household> households, Period period) {
		Programme changed = EcoreUtil.copy(national);
		ParameterVersion v = ProgrammeDocuments.versionAt(changed, period.first());
		for (ComponentBenefit c : v.getComponents()) {
			if (c.getComponent() == ComponentKind.EARLY_CHILDHOOD) {
				c.setAnnualIndexRp(c.getAnnualIndexRp() * 6 / 5);
			}
		}
		List<RuleSet> sets = engine.ruleSets();
		out.println("bench designer: What would change? (early-childhood index +20 %) with " //$NON-NLS-1$
				+ sets.stream().map(RuleSet::id).toList() + ", " + period); //$NON-NLS-1$
		String[] labels = { "warm-up (JIT)", "warm-up (JIT)", "run 1", "run 2", "run 3" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		long[] measured = new long[3];
		for (int i = 0; i < labels.length; i++) {
			long start = System.nanoTime();
			DryRun.Result r = DryRun.run((q, action, m) -> households.forEach(action), engine, changed,
					GrowthScoring.of(assessor), period, "en", new NullProgressMonitor()); //$NON-NLS-1$
			long nanos = System.nanoTime() - start;
			if (i >= 2) {
				measured[i - 2] = nanos;
			}
			out.println(String.format("bench designer: What would change?, %,d households, %s: %,d ms, " //$NON-NLS-1$
					+ "%,d households affected, %,d decisions, benefit difference Rp %,d", households.size(), labels[i], //$NON-NLS-1$
					nanos / 1_000_000, r.affected(), r.lines().size(), r.benefitDifference()));
		}
		out.println(String.format("bench designer: What would change?, %,d households: median %.0f ms (target < 2,000 ms for 10,000)", //$NON-NLS-1$
				households.size(), median(measured)));
	}

	static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1_000_000.0;
	}
}
