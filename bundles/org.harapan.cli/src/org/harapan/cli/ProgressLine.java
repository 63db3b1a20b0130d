package org.harapan.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress monitor for the terminal: one line on stderr, redrawn in place on a console and printed at
 * most every few seconds when stderr goes to a file or pipe.
 */
public class ProgressLine extends NullProgressMonitor {

	private static final long MIN_INTERVAL_NANOS = 200_000_000L;
	private static final long PIPE_INTERVAL_NANOS = 5_000_000_000L;

	private final PrintStream err;
	private final boolean console;
	private String task = ""; //$NON-NLS-1$
	private String subTask = ""; //$NON-NLS-1$
	private int total;
	private double worked;
	private long lastDraw;
	private boolean drawn;

	public ProgressLine(PrintStream err) {
		this(err, System.console() != null);
	}

	public ProgressLine(PrintStream err, boolean console) {
		this.err = err;
		this.console = console;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name; //$NON-NLS-1$
		total = totalWork;
		worked = 0;
		draw(true);
	}

	@Override
	public void setTaskName(String name) {
		task = name == null ? "" : name; //$NON-NLS-1$
		draw(false);
	}

	@Override
	public void subTask(String name) {
		subTask = name == null ? "" : name; //$NON-NLS-1$
		draw(false);
	}

	@Override
	public void internalWorked(double work) {
		worked += work;
		draw(false);
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void done() {
		worked = total;
		draw(true);
		if (console && drawn) {
			err.println();
		}
		drawn = false;
	}

	/** The text of the line as it would be drawn now. */
	public String line() {
		StringBuilder line = new StringBuilder(task);
		if (total > 0) {
			line.append(' ').append(Math.min(100, (int) Math.floor(100.0 * worked / total))).append('%');
		}
		if (!subTask.isEmpty()) {
			line.append(" \u2013 ").append(subTask); //$NON-NLS-1$
		}
		return line.toString();
	}

	private void draw(boolean force) {
		long now = System.nanoTime();
		long interval = console ? MIN_INTERVAL_NANOS : PIPE_INTERVAL_NANOS;
		if (!force && drawn && now - lastDraw < interval) {
			return;
		}
		lastDraw = now;
		drawn = true;
		if (console) {
			err.print("\r\u001b[2K" + line()); //$NON-NLS-1$
		} else {
			err.println(line());
		}
		err.flush();
	}
}
