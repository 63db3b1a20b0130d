package org.harapan.demo;

import java.util.Iterator;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** Passes on the elements of an iterator, one tick of the monitor each, and stops when it is cancelled. */
final class ProgressIterator<T> implements Iterator<T> {

	private final Iterator<T> source;
	private final SubMonitor monitor;

	ProgressIterator(Iterator<T> source, SubMonitor monitor) {
		this.source = source;
		this.monitor = monitor;
	}

	@Override
	public boolean hasNext() {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		return source.hasNext();
	}

	@Override
	public T next() {
		T next = source.next();
		monitor.worked(1);
		return next;
	}
}
